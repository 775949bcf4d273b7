using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ruta.Web;

namespace Ruta.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            404 => (l["Página no encontrada"], l["La dirección no existe o el registro ya no está disponible."]),
            403 => (l["Acceso denegado"], l["Su agencia o rol no tiene permiso para ver esta página."]),
            400 => (l["Solicitud inválida"], l["La solicitud no pudo procesarse. Revise los datos y vuelva a intentar."]),
            _ => (l["Ocurrió un error"], l["No pudimos completar la operación. El incidente quedó registrado."]),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
