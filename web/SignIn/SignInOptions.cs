namespace Suite.Web.SignIn;

/// <summary>
/// <c>SignIn</c> settings: how long a session lasts, the identity provider (OpenID Connect) in production, and in
/// development the key the development sign-in mints tokens with (the app host passes the suite's development key).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>A session ends after this many hours (or when its token expires, whichever is first).</summary>
    public double SessionHours { get; set; } = 8;

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>The local signing key (base64); only read in the Development environment.</summary>
    public string DevelopmentSigningKey { get; set; } = "";

    public sealed class OidcOptions
    {
        /// <summary>The identity provider's issuer URL; empty means no OpenID Connect sign-in.</summary>
        public string Authority { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string ClientSecret { get; set; } = "";
        /// <summary>Scopes asked for; the access token must be one the services accept (audience, suite claims).</summary>
        public string Scope { get; set; } = "openid profile";
    }
}
