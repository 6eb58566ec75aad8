# Shared by the bench scripts (sourced, not run): a Release build, an import, and a site as in
# Production with rate limiting off, so that what is measured is the site and not the limiter.

# import_corpus CORPUS INDEX: builds the site and the CLI in Release and imports the corpus.
import_corpus() {
  dotnet build -c Release src/Archive.Web >/dev/null
  dotnet build -c Release src/Archive.Cli >/dev/null
  dotnet src/Archive.Cli/bin/Release/net10.0/Archive.Cli.dll import --source "$1" --index "$2" | tail -1
}

# start_site CORPUS INDEX PORT LOG: starts the site in the background; its pid is in $site_pid.
start_site() {
  Archive__SourceDirectory="$1" Archive__IndexDirectory="$2" Archive__RateLimit__Disabled=true \
    Archive__CheckIndexOnStart=false Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/Archive.Web/bin/Release/net10.0/Archive.Web.dll --urls "http://127.0.0.1:$3" >"$4" 2>&1 &
  site_pid=$!
}

# wait_until_ready PORT
wait_until_ready() {
  until curl -sf "http://127.0.0.1:$1/readyz" >/dev/null; do sleep 0.2; done
}
