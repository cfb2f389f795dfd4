namespace EMnr.Web.Features.Auditing;

/// <summary>
/// Command-line form of the chain verification: <c>EMnr.Web.dll audit verify</c> prints the result
/// and exits with 0 when the chain is intact, 1 when a link is broken and 2 on a usage error.
/// It uses the app's configuration (ConnectionStrings__EMnr) and neither migrates nor serves.
/// </summary>
internal static class AuditCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "audit";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args is not ["audit", "verify"])
        {
            await output.WriteLineAsync("Usage: EMnr.Web audit verify");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        if (result.Intact)
        {
            await output.WriteLineAsync(
                $"Audit chain intact: {result.EntriesChecked} entries verified in {result.ElapsedMilliseconds} ms.");
            return 0;
        }

        await output.WriteLineAsync(
            $"Audit chain broken at entry {result.BrokenEntryId}: {result.Problem} " +
            $"({result.EntriesChecked} entries before it verified in {result.ElapsedMilliseconds} ms).");
        return 1;
    }
}
