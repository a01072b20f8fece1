using Returns.Api;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Local.Demo;
using Returns.Local.Durable;
using Returns.Local.Hosting;
using Returns.Orchestrations.Workflow;

// Content root is the app folder, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var local = LocalHostSettings.From(builder.Configuration);
if (string.IsNullOrWhiteSpace(builder.Configuration["RETURNS_LINK_SIGNING_KEY"]))
    builder.Configuration.AddInMemoryCollection([new("RETURNS_LINK_SIGNING_KEY", local.LoadOrCreateSigningKey())]);

builder.Logging.AddPrivacyFilters();
builder.WebHost.UseUrls(local.Urls);
// Each route sets its own limit (RequestLimits); this is the one for requests that match no route.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Returns.Api.Http.RequestBody.MaxBytes + Returns.Api.Http.RequestLimits.ServerSlackBytes);
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailDefaults.Fill);
builder.Services.AddResponseCompression(); // pages, script and JSON travel gzip/brotli-compressed, as behind Azure's front ends

// The durable sidecar is registered first so it listens before the worker connects.
builder.Services.AddLocalDurableTask(
    new LocalDurableOptions
    {
        StorageConnectionString = builder.Configuration["RETURNS_STORAGE"] is { Length: > 0 } storage ? storage : "UseDevelopmentStorage=true",
        TaskHubName = builder.Configuration["RETURNS_TASK_HUB"] is { Length: > 0 } hub ? hub : "returns",
        SidecarSocketPath = local.SidecarSocketPath,
    },
    ReturnWorkflowCatalog.Register);
builder.Services.AddReturnsApp(builder.Configuration, local.PublicBaseUrl);
builder.Services.AddHostedService<BackgroundProcessStarter>();
builder.Services.AddHostedService<AnalyticsMaintenance>();
builder.Services.AddHostedService<IntegrationDispatch>();
if (args.Contains("--seed-demo"))
    builder.Services.AddHostedService<DemoShopSeeder>();

var app = builder.Build();
app.UseReturnsSecurityHeaders(); // first, so every answer carries them, errors included
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseResponseCompression();
app.MapReturnsRoutes();
app.MapGet("/", () => Results.Redirect("/portal"));
app.Run();
