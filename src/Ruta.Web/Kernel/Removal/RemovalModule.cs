namespace Ruta.Web.Kernel.Removal;

/// <summary>Wires the removal guard, its kernel rules and its API.</summary>
public static class RemovalModule
{
    public static IServiceCollection AddRemovalGuard(this IServiceCollection services)
    {
        services.AddScoped<RemovalSubjects>();
        services.AddScoped<RemovalRuleSet>();
        services.AddScoped<RemovalGuard>();
        services.AddRemovalRule<ChildIsNeverDeported>(RemovalRuleNames.ChildNeverDeported);
        services.AddRemovalRule<ChildReturnRequiresProtectionEvidence>(RemovalRuleNames.ChildReturnRequiresProtectionEvidence);
        services.AddRemovalRule<CrimeVictimIsNeverDeported>(RemovalRuleNames.CrimeVictimNeverDeported);
        return services;
    }

    /// <summary>
    /// Registers a rule of the removal guard under a name. Registering again under a name already
    /// used REPLACES that rule (the last registration wins): this is how the child-protection module
    /// swaps <see cref="ChildReturnRequiresProtectionEvidence"/> for a rule that reads the restitution
    /// plan and the risk assessment. Modules register after the kernel (Program.cs order).
    /// </summary>
    public static IServiceCollection AddRemovalRule<TRule>(this IServiceCollection services, string name)
        where TRule : class, IRemovalRule
    {
        services.AddKeyedScoped<IRemovalRule, TRule>(name);
        services.AddSingleton(new RemovalRuleRegistration(name));
        return services;
    }

    public static RouteGroupBuilder MapRemovalApi(this RouteGroupBuilder api) =>
        api.MapCheckRemoval().MapRecordRemoval();
}
