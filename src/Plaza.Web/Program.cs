using Plaza.Web.Modules.BackOffice;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Communities;
using Plaza.Web.Modules.Demo;
using Plaza.Web.Modules.GroupBuying;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Import;
using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Notes;
using Plaza.Web.Modules.Notifications;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Privacy;
using Plaza.Web.Modules.Reviews;
using Plaza.Web.Modules.Social;
using Plaza.Web.Modules.Sharing;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Cli;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddPlazaData();
builder.AddEvents();
builder.AddIdentity();
builder.AddStores();
builder.AddCatalog();
builder.AddDemo();
builder.AddOrdering();
builder.AddPayments();
builder.AddNotifications();
builder.AddCommunities();
builder.AddSocial();
builder.AddSharing();
builder.AddImport();
builder.AddModeration();
builder.AddReviews();
builder.AddNotes();
builder.AddGroupBuying();

var app = builder.Build();

// Command-line tools (import, schema scripts) run instead of the web server.
if (await Commands.TryRunAsync(app, args)) return;

await app.PrepareDatabaseAsync();
app.UsePlatform();
app.MapIdentity();
app.MapStores();
app.MapCatalog();
app.MapOrdering();
app.MapPayments();
app.MapNotifications();
app.MapPrivacy();
app.MapCommunities();
app.MapReviews();
app.MapModeration();
app.MapNotes();
app.MapGroupBuying();
app.MapSocial();
app.MapSharing();
app.MapBackOffice();
app.Run();

public partial class Program;
