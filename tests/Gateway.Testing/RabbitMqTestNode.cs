using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Gateway.Testing;

/// <summary>
/// The real RabbitMQ node that <c>scripts/test.sh</c> starts for a test run, described by environment
/// variables. Tests call <see cref="RequireOrSkip"/> first: without a node the test is skipped, unless
/// <c>GATEWAY_TEST_REQUIRE_SERVICES=1</c> (set by the script and so by CI), where it fails instead.
/// Each test class works in its own virtual host (<see cref="CreateVirtualHostAsync"/> or
/// <see cref="RabbitMqVirtualHostFixture"/>), so classes never see each other's queues.
/// </summary>
public static class RabbitMqTestNode
{
    public const string HostVariable = "GATEWAY_TEST_RABBITMQ_HOST";
    public const string PortVariable = "GATEWAY_TEST_RABBITMQ_PORT";
    public const string ManagementPortVariable = "GATEWAY_TEST_RABBITMQ_MANAGEMENT_PORT";
    public const string UserVariable = "GATEWAY_TEST_RABBITMQ_USER";
    public const string PasswordVariable = "GATEWAY_TEST_RABBITMQ_PASSWORD";

    /// <summary>Set to 1 (or true) to make a missing service fail the test instead of skipping it.</summary>
    public const string RequireServicesVariable = "GATEWAY_TEST_REQUIRE_SERVICES";

    public const string SkipReason = "RabbitMQ not started: run scripts/test.sh";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>True when the script has exported a node (the AMQP and management ports are set).</summary>
    public static bool IsAvailable =>
        ReadPort(PortVariable) is not null && ReadPort(ManagementPortVariable) is not null;

    /// <summary>True when <c>GATEWAY_TEST_REQUIRE_SERVICES</c> is 1/true: missing services are failures.</summary>
    public static bool ServicesRequired => IsTruthy(Environment.GetEnvironmentVariable(RequireServicesVariable));

    public static string Host => NonEmpty(Environment.GetEnvironmentVariable(HostVariable)) ?? "127.0.0.1";

    public static int Port => ReadPort(PortVariable) ?? 5672;

    public static int ManagementPort => ReadPort(ManagementPortVariable) ?? 15672;

    public static string User => NonEmpty(Environment.GetEnvironmentVariable(UserVariable)) ?? "guest";

    public static string Password => NonEmpty(Environment.GetEnvironmentVariable(PasswordVariable)) ?? "guest";

    /// <summary>Base address of the management HTTP API, e.g. <c>http://127.0.0.1:15672/</c>.</summary>
    public static Uri ManagementUri => new($"http://{Host}:{ManagementPort.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>
    /// Skips the current test when no node was started, or throws when services are required
    /// (<c>GATEWAY_TEST_REQUIRE_SERVICES=1</c>).
    /// </summary>
    public static void RequireOrSkip()
    {
        if (IsAvailable)
        {
            return;
        }

        if (ServicesRequired)
        {
            throw new InvalidOperationException(
                $"{RequireServicesVariable}=1 but no RabbitMQ node is described: {PortVariable} and " +
                $"{ManagementPortVariable} must be set. scripts/test.sh starts a private node and sets them.");
        }

        Assert.Skip(SkipReason);
    }

    /// <summary>AMQP URI for a virtual host, e.g. <c>amqp://guest:guest@127.0.0.1:5672/gwtest-x</c>.</summary>
    public static Uri AmqpUri(string virtualHost = "/")
    {
        ArgumentNullException.ThrowIfNull(virtualHost);
        var builder = new UriBuilder("amqp", Host, Port)
        {
            UserName = Uri.EscapeDataString(User),
            Password = Uri.EscapeDataString(Password),
            Path = "/" + Uri.EscapeDataString(virtualHost),
        };
        return builder.Uri;
    }

    /// <summary>
    /// Creates a fresh, uniquely named virtual host and grants the test user full permissions on it.
    /// </summary>
    /// <param name="prefix">Readable part of the name (e.g. the test class); sanitised.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The virtual host name.</returns>
    public static async Task<string> CreateVirtualHostAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        RequireOrSkip();
        var name = UniqueName(prefix);
        using (var put = Request(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(name)}", new { description = "gateway test" }))
        {
            await SendAsync(put, cancellationToken).ConfigureAwait(false);
        }

        var permissions = new { configure = ".*", write = ".*", read = ".*" };
        using (var grant = Request(HttpMethod.Put, $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(User)}", permissions))
        {
            await SendAsync(grant, cancellationToken).ConfigureAwait(false);
        }

        return name;
    }

    /// <summary>Deletes a virtual host with everything in it; a missing one is not an error.</summary>
    public static async Task DeleteVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!IsAvailable)
        {
            return;
        }

        using var delete = Request(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}");
        using var response = await Http.SendAsync(delete, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when the virtual host exists on the node.</summary>
    public static async Task<bool> VirtualHostExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        RequireOrSkip();
        using var get = Request(HttpMethod.Get, $"api/vhosts/{Uri.EscapeDataString(name)}");
        using var response = await Http.SendAsync(get, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Messages in a queue (ready + unacknowledged) as the management API reports them, or null when
    /// the queue does not exist. The figure lags the broker by up to a second (the node's statistics
    /// interval): poll it with <see cref="Eventually"/>.
    /// </summary>
    public static async Task<long?> GetQueueDepthAsync(string virtualHost, string queue, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(virtualHost);
        ArgumentException.ThrowIfNullOrEmpty(queue);
        RequireOrSkip();
        using var get = Request(HttpMethod.Get, $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        using var response = await Http.SendAsync(get, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(
            await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = json.RootElement;
        if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number)
        {
            return messages.GetInt64();
        }

        long total = 0;
        if (root.TryGetProperty("messages_ready", out var ready) && ready.ValueKind == JsonValueKind.Number)
        {
            total += ready.GetInt64();
        }

        if (root.TryGetProperty("messages_unacknowledged", out var unacked) && unacked.ValueKind == JsonValueKind.Number)
        {
            total += unacked.GetInt64();
        }

        return total;
    }

    /// <summary>Names of the queues in a virtual host.</summary>
    public static async Task<IReadOnlyList<string>> GetQueueNamesAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(virtualHost);
        RequireOrSkip();
        using var get = Request(HttpMethod.Get, $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name");
        using var response = await SendAsync(get, cancellationToken).ConfigureAwait(false);
        var queues = await response.Content.ReadFromJsonAsync<List<QueueName>>(cancellationToken).ConfigureAwait(false) ?? [];
        return queues.Select(q => q.Name).ToList();
    }

    /// <summary>
    /// Any call to the management API (path relative to <c>/api/</c>'s host root, e.g.
    /// <c>api/exchanges/{vhost}/amq.default/publish</c>) with a JSON body; fails on a non-success status.
    /// </summary>
    public static async Task<string> ManagementAsync(HttpMethod method, string relativePath, object? body = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        RequireOrSkip();
        using var request = Request(method, relativePath.TrimStart('/'), body);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string UniqueName(string? prefix)
    {
        var builder = new StringBuilder("gwtest-");
        foreach (var c in (prefix ?? "vhost").ToLowerInvariant())
        {
            if (builder.Length >= 48)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        builder.Append('-').Append(Guid.NewGuid().ToString("N").AsSpan(0, 12));
        return builder.ToString();
    }

    private static HttpRequestMessage Request(HttpMethod method, string relativePath, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(ManagementUri, relativePath));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new HttpRequestException(
            $"RabbitMQ management API {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} " +
            $"answered {(int)response.StatusCode} {response.ReasonPhrase}: {text}",
            inner: null,
            response.StatusCode);
    }

    private static int? ReadPort(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        && port is > 0 and < 65536
            ? port
            : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTruthy(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    private sealed record QueueName(string Name);
}

/// <summary>
/// Class fixture giving a test class its own virtual host on the test node, deleted afterwards.
/// Without a node it stays empty and <see cref="RequireOrSkip"/> skips (or fails, when services are
/// required) each test that needs it.
/// </summary>
public sealed class RabbitMqVirtualHostFixture : IAsyncLifetime
{
    private string? _virtualHost;

    /// <summary>The virtual host, or null when no node is available.</summary>
    public string? VirtualHost => _virtualHost;

    /// <summary>The virtual host; skips/fails the test when there is no node.</summary>
    public string RequireOrSkip()
    {
        RabbitMqTestNode.RequireOrSkip();
        return _virtualHost ?? throw new InvalidOperationException("The virtual host was not created.");
    }

    /// <summary>AMQP URI of this fixture's virtual host.</summary>
    public Uri AmqpUri => RabbitMqTestNode.AmqpUri(RequireOrSkip());

    public async ValueTask InitializeAsync()
    {
        if (RabbitMqTestNode.IsAvailable)
        {
            var testClass = TestContext.Current.TestClass?.TestClassName;
            var prefix = testClass is null ? "fixture" : testClass[(testClass.LastIndexOf('.') + 1)..];
            _virtualHost = await RabbitMqTestNode.CreateVirtualHostAsync(prefix).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_virtualHost is not null)
        {
            await RabbitMqTestNode.DeleteVirtualHostAsync(_virtualHost).ConfigureAwait(false);
            _virtualHost = null;
        }
    }
}
