using Plaza.Web.Modules.Payments.Contracts;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>What Payments may do to orders: the "order" <see cref="IPayableSource"/>.</summary>
internal interface IOrderPayments : IPayableSource;
