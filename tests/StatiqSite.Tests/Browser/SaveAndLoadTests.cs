using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static StatiqSite.Tests.Browser.QuizScenario;

namespace StatiqSite.Tests.Browser;

/// <summary>
/// "Bewaar je voortgang" on /voortgang/ saves everything kept as a file of our own format; "Laad voortgang" reads one
/// back (in another browser, or after clearing), and refuses a file that is not ours or is damaged without changing anything.
/// </summary>
public sealed class SaveAndLoadTests(BrowserFixture fixture) : ScenarioTest(fixture)
{
    private const string Bad = "Dit bestand is geen bewaarde voortgang van deze site, of het is beschadigd. Er is niets veranderd.";

    [Fact]
    public async Task Progress_saved_as_a_file_loads_into_a_fresh_browser()
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await ProgressTests.AnswerColourRightAsync(page);
        await Question(page, Place).GetByRole(AriaRole.Textbox).FillAsync("Het bos.");
        await GoToAsync(page, ProgressTests.Progress, served);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Bewaar je voortgang" }).ClickAsync());
        var file = await download.PathAsync();
        await Expect(ProgressTests.ProgressStatus(page)).ToHaveTextAsync("Je voortgang is bewaard als bestand.");
        using (var saved = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)))
        {
            Assert.Equal("afstand-bewaren-voortgang", saved.RootElement.GetProperty("format").GetString());
            Assert.Equal(1, saved.RootElement.GetProperty("version").GetInt32());
            Assert.True(saved.RootElement.GetProperty("items").TryGetProperty("quiz:" + Id, out _));
        }

        var (fresh, freshProblems) = await OpenWatchedAsync(ProgressTests.Progress, served);
        await Expect(fresh.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("Nog niet gemaakt");
        await fresh.GetByLabel("Laad voortgang").SetInputFilesAsync(file);

        await Expect(ProgressTests.ProgressStatus(fresh)).ToHaveTextAsync("Je voortgang is geladen.");
        await Expect(fresh.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("1 van 3 goed");
        await GoToAsync(fresh, "", served);
        await Expect(Question(fresh, Colour).GetByRole(AriaRole.Radio, new() { Name = "Blauw" })).ToBeCheckedAsync();
        await Expect(Question(fresh, Place).GetByRole(AriaRole.Textbox)).ToHaveValueAsync("Het bos.");
        await AssertNoProblemsAsync(problems);
        await AssertNoProblemsAsync(freshProblems);
    }

    [Theory]
    [InlineData("geen json {")]
    [InlineData("""{"format":"iets-anders","version":1,"items":{}}""")]
    [InlineData("""{"format":"afstand-bewaren-voortgang","version":99,"items":{}}""")]
    [InlineData("""{"format":"afstand-bewaren-voortgang","version":1,"items":{"quiz:proef":{"format":2,"questions":{}},"wachtwoord":"x"}}""")]
    public async Task A_damaged_or_foreign_file_is_refused_with_a_message_and_changes_nothing(string content)
    {
        using var site = NewSite();
        var served = await ServeAsync(site);
        var (page, problems) = await OpenWatchedAsync("", served);
        await ProgressTests.AnswerColourRightAsync(page);
        await GoToAsync(page, ProgressTests.Progress, served);
        var before = await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(localStorage).sort())");

        await page.GetByLabel("Laad voortgang").SetInputFilesAsync(new FilePayload
        {
            Name = "voortgang.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(content),
        });

        await Expect(ProgressTests.ProgressStatus(page)).ToHaveTextAsync(Bad);
        Assert.Equal(before, await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(localStorage).sort())"));
        await Expect(page.Locator($"li[data-quiz-id='{Id}']")).ToContainTextAsync("1 van 3 goed");
        await AssertNoProblemsAsync(problems);
    }

    [Fact]
    public async Task Loading_is_done_by_keyboard_and_the_page_says_loading_merges()
    {
        using var site = NewSite();
        var (page, problems) = await OpenWatchedAsync(ProgressTests.Progress, await ServeAsync(site));
        // Listening turns Playwright's interception of file choosers on without waiting for the browser; listening
        // before the Tab presses (each a round trip) makes sure it is on before Space, instead of racing it.
        var chosen = new TaskCompletionSource<IFileChooser>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.FileChooser += (_, fileChooser) => chosen.TrySetResult(fileChooser);

        await TabToAsync(page, page.GetByLabel("Laad voortgang"));
        await page.Keyboard.PressAsync("Space");
        var chooser = await chosen.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(chooser.IsMultiple);
        await Expect(page.GetByText("Laden voegt samen")).ToBeVisibleAsync();
        await AssertNoProblemsAsync(problems);
    }
}
