using EMnr.Web.Features;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using EMnr.Web.Infrastructure.Jobs;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddEMnrLogging();
builder.Services.AddEMnrOptions();
builder.Services.AddEMnrData(builder.Configuration);
builder.Services.AddEMnrIdentity();
builder.Services.AddEMnrLocalization();
builder.Services.AddEMnrWeb();
builder.Services.AddEMnrJobs();
builder.Services.AddEMnrFeatures();

var app = builder.Build();

if (AuditCommand.IsRequested(args))
{
    return await AuditCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseEMnrPipeline();
app.MapEMnrEndpoints();

await app.InitializeDatabaseAsync();

try
{
    await app.RunAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}

return 0;

/// <summary>Entry point, public so that integration tests can host the app.</summary>
public partial class Program
{
}
