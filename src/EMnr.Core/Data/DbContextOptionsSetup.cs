using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EMnr.Core.Data;

/// <summary>The one place that configures the provider, so that the app, tests and tools agree.</summary>
public static class DbContextOptionsSetup
{
    public static TBuilder UseEMnrDatabase<TBuilder>(this TBuilder builder, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(EMnrDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
        return builder;
    }
}

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EMnrDbContext>
{
    public EMnrDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__EMnr")
            ?? "Host=127.0.0.1;Database=emnr_design;Username=postgres";
        var options = new DbContextOptionsBuilder<EMnrDbContext>().UseEMnrDatabase(connectionString).Options;
        return new EMnrDbContext(options);
    }
}
