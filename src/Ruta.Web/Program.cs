using Ruta.Web.Kernel;
using Ruta.Web.Kernel.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddKernel();

var app = builder.Build();
app.UseKernel();
app.MapKernel();

await app.PrepareDatabaseAsync();
if (await Commands.TryRunAsync(app, args))
{
    return Commands.ExitCode;
}

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
