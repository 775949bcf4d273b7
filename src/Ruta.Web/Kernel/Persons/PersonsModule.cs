using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Web;

namespace Ruta.Web.Kernel.Persons;

/// <summary>Wires the persons registry: validators, handlers, menu entry and demo data.</summary>
public static class PersonsModule
{
    public static IServiceCollection AddPersons(this IServiceCollection services)
    {
        services.AddSingleton<PersonDataValidator>();
        services.AddSingleton<SearchPersons.Validator>();
        services.AddSingleton<LinkRelatives.Validator>();
        services.AddScoped<GetPerson.Handler>();
        services.AddScoped<SearchPersons.Handler>();
        services.AddScoped<RegisterPerson.Handler>();
        services.AddScoped<ChangePersonDetails.Handler>();
        services.AddScoped<ArchivePerson.Handler>();
        services.AddScoped<LinkRelatives.Handler>();
        services.AddScoped<UnlinkRelatives.Handler>();
        services.AddSingleton<ParseMrz.Handler>();
        services.AddSingleton(new NavItem("Personas", "/Persons", Policies.PersonsRead, 10));
        services.AddSingleton<IDemoDataContributor, PersonsDemoData>();
        return services;
    }
}
