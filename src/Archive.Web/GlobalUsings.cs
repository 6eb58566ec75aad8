// What nearly every page model and endpoint of the site reads: the catalog's records, the request's
// generation (IndexLease) and the Razor Pages types.
global using Archive.Browse;
global using Archive.Web.Hosting;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
