using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Review, plan, mock loop and progress: shown as "arriving" until the learning engine and store are wired in.</summary>
public static class LearningPages
{
    private static readonly (string Path, string Section, string Title, string What)[] Pending =
    [
        ("/review", "review", "Review", "Spaced-repetition review of your concept cards (FSRS): space reveals the answer, 1–4 rate it."),
        ("/assess", "plan", "Self-assessment", "Rate the eight skill areas, pick a target company and your interview date."),
        ("/plan", "plan", "Plan", "A day-by-day plan until your interview, rebuilt as you progress."),
        ("/mock", "mock", "Mock loop", "A timed loop for a company profile with a scorecard at the end."),
        ("/progress", "progress", "Progress", "Reviews per day, recall rate, problems solved per topic and readiness over time."),
    ];

    public static void MapLearningPages(this WebApplication app)
    {
        foreach (var (path, section, title, what) in Pending)
        {
            app.MapGet(path, () => Layout.Page(title, $"""
                <div class="hero"><h1>{E(title)}</h1><p class="lead">{E(what)}</p></div>
                <div class="card notice"><p>This part of Grain needs the learning engine, which this build does not include yet.
                Meanwhile: <a href="/library">study the library</a>, <a href="/problems">solve a problem</a> or <a href="/practice">practise a round</a>.</p></div>
                """, section));
        }
    }
}
