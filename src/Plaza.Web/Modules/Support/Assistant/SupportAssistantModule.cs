namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// The self-service assistant's intent recognition, for the Support module to build conversations on: register it with
/// <see cref="AddSupportAssistant"/>, then ask <see cref="IIntentRecogniser.Recognise"/> what a message is about.
/// Measured with <c>dotnet run -c Release --project bench/Plaza.Bench -- support-intents</c> (bench/README.md).
/// </summary>
internal static class SupportAssistantModule
{
    /// <summary>
    /// The recogniser as a singleton, and its model trained in the background at start-up (<see cref="IntentModelWarmUp"/>); the answers
    /// per request (scoped: they read the database through other modules' contracts), one <see cref="IAnswerKind"/> per data intent.
    /// </summary>
    public static IServiceCollection AddSupportAssistant(this IServiceCollection services)
    {
        services.AddSingleton<IIntentRecogniser, IntentRecogniser>();
        services.AddHostedService<IntentModelWarmUp>();
        services.AddScoped<IAssistantAnswers, AssistantAnswers>();
        services.AddScoped<OrderChoice>();
        services.AddScoped<IAnswerKind, OrderStatusAnswer>();
        services.AddScoped<IAnswerKind, PickupCodeAnswer>();
        services.AddScoped<IAnswerKind, RefundStatusAnswer>();
        services.AddScoped<IAnswerKind, PointsBalanceAnswer>();
        services.AddScoped<IAnswerKind, CouponsAnswer>();
        services.AddScoped<IAnswerKind, MembershipTierAnswer>();
        services.AddScoped<IAnswerKind, StoreHoursAnswer>();
        services.AddScoped<IAnswerKind, DeliveryAreaAnswer>();
        return services;
    }
}
