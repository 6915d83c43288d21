using Microsoft.AspNetCore.Authorization;

namespace Gateway.Api.Auth;

/// <summary>Met when the caller has what the <see cref="AccessTable"/> asks for the request's path.</summary>
internal sealed class PathAccessRequirement : IAuthorizationRequirement;
