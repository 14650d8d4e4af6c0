namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>The review form's fields, shared by the new and edit pages.</summary>
internal sealed class ReviewFormInput
{
    public int? Stars { get; set; }
    public string? Text { get; set; }
    public List<IFormFile> Photos { get; set; } = [];
}
