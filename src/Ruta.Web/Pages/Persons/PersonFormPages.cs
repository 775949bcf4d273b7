using Microsoft.AspNetCore.Mvc.ModelBinding;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Pages.Persons;

/// <summary>What the Create and Edit pages do alike with the person form.</summary>
internal static class PersonFormPages
{
    /// <summary>Reads the pasted zone and pre-fills <paramref name="form"/>; the result is shown above the form.</summary>
    public static ParseMrz.Response? ReadMrz(PersonForm form, ModelStateDictionary modelState, ParseMrz.Handler handler)
    {
        var lines = (form.MrzText ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outcome = handler.Handle(new ParseMrz.Request(lines));
        modelState.Clear();
        if (!outcome.IsOk)
        {
            foreach (var message in outcome.Errors.Values.SelectMany(m => m))
            {
                modelState.AddModelError("Form.MrzText", message);
            }

            form.PadForDisplay();
            return null;
        }

        form.Prefill(outcome.Value!.Suggested);
        form.PadForDisplay();
        return outcome.Value;
    }

    public static void AddRows(PersonForm form, ModelStateDictionary modelState)
    {
        modelState.Clear();
        form.Compact();
        form.ExtraRows++;
        form.PadForDisplay();
    }
}
