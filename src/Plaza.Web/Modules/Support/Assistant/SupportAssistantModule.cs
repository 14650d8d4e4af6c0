namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// The self-service assistant's intent recognition, for the Support module to build conversations on: register it with
/// <see cref="AddSupportAssistant"/>, then ask <see cref="IIntentRecogniser.Recognise"/> what a message is about.
/// Measured with <c>dotnet run -c Release --project bench/Plaza.Bench -- support-intents</c> (bench/README.md).
/// </summary>
internal static class SupportAssistantModule
{
    /// <summary>The recogniser as a singleton, and its model trained in the background at start-up (<see cref="IntentModelWarmUp"/>).</summary>
    public static IServiceCollection AddSupportAssistant(this IServiceCollection services)
    {
        services.AddSingleton<IIntentRecogniser, IntentRecogniser>();
        services.AddHostedService<IntentModelWarmUp>();
        return services;
    }
}
