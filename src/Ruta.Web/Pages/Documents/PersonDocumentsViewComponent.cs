using Microsoft.AspNetCore.Mvc;
using Ruta.Web.Kernel.Documents;
using Ruta.Web.Kernel.Persistence;

namespace Ruta.Web.Pages.Documents;

/// <summary>The "Documentos emitidos" section of a person's record: the documents the user may see (<see cref="DocumentAccess"/>).</summary>
public sealed class PersonDocumentsViewComponent(RutaDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId) =>
        View("/Pages/Documents/_PersonDocuments.cshtml",
            await ReadDocuments.ForPersonAsync(personId, UserClaimsPrincipal, db, clock, HttpContext.RequestAborted));
}
