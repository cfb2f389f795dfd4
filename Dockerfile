# Multi-stage build of the E-MNR web app.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig EMnr.sln ./
COPY src/EMnr.Core/EMnr.Core.csproj src/EMnr.Core/
COPY src/EMnr.Web/EMnr.Web.csproj src/EMnr.Web/
RUN dotnet restore src/EMnr.Web/EMnr.Web.csproj
COPY src/ src/
RUN dotnet publish src/EMnr.Web/EMnr.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# curl serves the container health check; tzdata gives Africa/Casablanca its clock changes.
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
USER app
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "EMnr.Web.dll"]
