using System.Security.Claims;
using Ruta.Web.Kernel.Access;
using Ruta.Web.Kernel.Access.Users;

namespace Ruta.UnitTests.Kernel.Access;

public sealed class UserAdministrationRulesTests
{
    private static ClaimsPrincipal Principal(string agency, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(RutaClaims.Agency, agency), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    [Theory]
    [InlineData("ADMIN", "administrator", "COMAR", true)]
    [InlineData("ADMIN", "administrator", "ADMIN", true)]
    [InlineData("ADMIN", "administrator", "CNDH", true)]
    [InlineData("COMAR", "administrator", "COMAR", true)]
    [InlineData("COMAR", "administrator", "INM", false)]
    [InlineData("COMAR", "administrator", "ADMIN", false)]
    [InlineData("ADMIN", "auditor", "COMAR", false)]
    [InlineData("COMAR", "supervisor", "COMAR", false)]
    public void Only_administrators_manage_accounts_and_only_ADMIN_crosses_agencies(string agency, string role, string target, bool expected) =>
        Assert.Equal(expected, UserAdministration.MayManage(Principal(agency, role), target));

    [Fact]
    public void An_agency_administrator_is_confined_to_their_agency_and_ADMIN_to_none()
    {
        Assert.Equal("INM", UserAdministration.ConfinedTo(Principal("INM", Roles.Administrator)));
        Assert.Null(UserAdministration.ConfinedTo(Principal("ADMIN", Roles.Administrator)));
        Assert.Equal(["INM"], UserAdministration.ManageableAgencies(Principal("INM", Roles.Administrator)));
        Assert.Equal(AgencyCodes.All, UserAdministration.ManageableAgencies(Principal("ADMIN", Roles.Administrator)));
    }

    [Fact]
    public void Generated_passwords_meet_the_policy_and_avoid_look_alike_characters()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => UserAdministration.GeneratePassword()).ToList();
        Assert.All(passwords, p =>
        {
            Assert.Equal(16, p.Length);
            Assert.True(p.Any(char.IsUpper) && p.Any(char.IsLower) && p.Any(char.IsDigit), p);
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c, StringComparison.Ordinal));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    [Fact]
    public void Roles_read_in_the_canonical_order_whatever_order_they_come_in() =>
        Assert.Equal(["officer", "administrator", "auditor"], UserAdministration.Canonical(["auditor", "officer", "administrator"]));

    [Fact]
    public void The_shared_key_is_shown_in_groups_of_four_and_the_uri_follows_the_key_uri_format()
    {
        Assert.Equal("jbsw y3dp ehpk 3pxp", TwoFactor.FormatKey("JBSWY3DPEHPK3PXP"));
        Assert.Equal("abcd e", TwoFactor.FormatKey("ABCDE"));
        Assert.Equal("otpauth://totp/Ruta:comar.ana?secret=JBSWY3DPEHPK3PXP&issuer=Ruta&algorithm=SHA1&digits=6&period=30",
            TwoFactor.AuthenticatorUri("comar.ana", "JBSWY3DPEHPK3PXP"));
        Assert.StartsWith("data:image/png;base64,iVBOR", TwoFactor.QrCodeDataUrl("otpauth://totp/x"), StringComparison.Ordinal);
    }
}
