package dev.reactiveai.openai.samples.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The page in headless Chromium, answered by the OpenAI simulator paced at 15 tokens a
 * second: answers grow on screen while they stream, the conversation is kept, a tool call
 * of the model shows above its answer, and the search ranks the documents. Screenshots go
 * to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.simulator.enabled=true", "openai.simulator.tokens-per-second=15",
				"openai.simulator.latency=0s",
				// WebDriver only: no DevTools Protocol version is needed.
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
class ChatPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String LAST_ANSWER = """
			const answers = document.querySelectorAll('#messages .message.assistant');
			const answer = answers[answers.length - 1];
			return answer ? [answers.length, answer.dataset.state, answer.querySelector('.text').textContent] : null;
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private OpenAiSimulator simulator;

	private Path profile;

	private ChromeDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void requireChromium() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "The browser tests need Debian's chromium and chromium-driver packages (" + CHROMIUM + ", "
				+ CHROMEDRIVER + "): apt-get install chromium chromium-driver";
		if (System.getenv("CI") != null) {
			fail(message);
		}
		// Surefire reports a class skipped here as no test at all: say why.
		LoggerFactory.getLogger(ChatPageBrowserTests.class).warn("Skipped (CI is not set): {}", message);
		Assumptions.abort(message);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.simulator.reset();
		this.profile = Files.createTempDirectory("chat-sample-chromium");
		// The driver and the browser are given: Selenium Manager never looks for (or
		// downloads) either.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withTimeout(WAIT)
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1400", "--user-data-dir=" + this.profile);
		this.driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(WAIT));
		this.driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
		this.wait = new WebDriverWait(this.driver, WAIT, Duration.ofMillis(25));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	void streamsTheAnswerTokenByTokenAndKeepsTheConversation() {
		String firstAnswer = "A stream hands the page each word of this answer as soon as the model writes it, "
				+ "so reading can start before the answer ends.";
		String secondAnswer = "Backpressure lets a slow reader tell a fast writer to wait.";
		this.simulator.script().nextReply(firstAnswer).nextReply(secondAnswer);
		openPage();

		sendMessage("Why stream answers?");
		List<String> seen = readAnswerWhileItStreams(1, "chat-streaming.png");
		assertThat(seen.get(seen.size() - 1)).isEqualTo(firstAnswer);
		List<String> growing = seen.subList(0, seen.size() - 1);
		assertThat(growing).as("the answer's text, sampled while it streamed").hasSizeGreaterThanOrEqualTo(3);
		for (int i = 0; i < seen.size(); i++) {
			assertThat(firstAnswer).startsWith(seen.get(i));
			if (i > 0) {
				assertThat(seen.get(i).length()).isGreaterThan(seen.get(i - 1).length());
			}
		}

		sendMessage("And backpressure?");
		List<String> second = readAnswerWhileItStreams(2, null);
		assertThat(second.get(second.size() - 1)).isEqualTo(secondAnswer);
		List<String> conversation = List.of("Why stream answers?", firstAnswer, "And backpressure?", secondAnswer);
		assertThat(messageTexts()).containsExactlyElementsOf(conversation);
		List<RecordedRequest> requests = this.simulator.requests().forPath("/chat/completions");
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).bodyText()).contains("Why stream answers?", firstAnswer);

		// The server kept the conversation: a reload shows it again.
		this.driver.navigate().refresh();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#messages .message"), 4));
		assertThat(messageTexts()).containsExactlyElementsOf(conversation);
		screenshot("chat.png");
	}

	@Test
	void showsTheToolCallTheModelMadeAboveTheAnswer() {
		// Not scripted: the simulator calls the offered tool the message mentions, then
		// answers with what the tool returned.
		openPage();
		sendMessage("Search the documents about wild yeast bread");
		List<String> seen = readAnswerWhileItStreams(1, null);
		WebElement answer = this.driver.findElement(By.cssSelector("#messages .message.assistant"));
		WebElement call = answer.findElement(By.cssSelector(".tool-call"));
		assertThat(call.findElement(By.className("name")).getText()).isEqualTo("search_documents");
		assertThat(call.findElement(By.className("arguments")).getText()).contains("\"query\"")
			.contains("wild yeast bread");
		assertThat(call.findElement(By.className("result")).getText()).startsWith("[{\"title\":\"Sourdough\"");
		assertThat((Boolean) this.driver.executeScript(
				"return arguments[0].compareDocumentPosition(arguments[1]) === Node.DOCUMENT_POSITION_FOLLOWING;", call,
				answer.findElement(By.className("text"))))
			.as("the call is shown above the answer's text")
			.isTrue();
		assertThat(seen.get(seen.size() - 1)).startsWith("The tool answered: [{\"title\":\"Sourdough\"");
		List<RecordedRequest> requests = this.simulator.requests().forPath("/chat/completions");
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).json().path("messages").path(3).path("role").asString()).isEqualTo("tool");
		screenshot("chat-tool-call.png");
	}

	@Test
	void searchShowsTheDocumentsRankedBySimilarity() {
		openPage();
		this.driver.findElement(By.id("search-input")).sendKeys("wild yeast bread");
		this.driver.findElement(By.id("search-button")).click();
		List<WebElement> results = this.wait
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#search-results .result"), 8));
		assertThat(results.get(0).findElement(By.className("title")).getText()).isEqualTo("Sourdough");
		List<Double> scores = results.stream()
			.map((result) -> Double.valueOf(result.findElement(By.className("score")).getText()))
			.toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(scores.get(0)).isGreaterThan(scores.get(1));
		screenshot("search.png");
	}

	private void openPage() {
		this.driver.get("http://localhost:" + this.port + "/");
		// Enabled once the page knows its conversation.
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("send")));
	}

	private void sendMessage(String text) {
		this.driver.findElement(By.id("message-input")).sendKeys(text);
		this.driver.findElement(By.id("send")).click();
	}

	/**
	 * Samples an answer's text until it is done.
	 * @param number which answer of the conversation, from 1
	 * @param screenshot the name of a screenshot to take while the answer streams, or
	 * {@code null}
	 * @return each different text seen, in order, the whole answer last
	 */
	private List<String> readAnswerWhileItStreams(int number, @Nullable String screenshot) {
		List<String> seen = new ArrayList<>();
		this.wait.until((driver) -> {
			List<?> answer = (List<?>) this.driver.executeScript(LAST_ANSWER);
			if (answer == null || ((Number) answer.get(0)).intValue() != number) {
				return false;
			}
			String state = (String) answer.get(1);
			String text = (String) answer.get(2);
			if ("error".equals(state)) {
				fail("The answer failed: " + this.driver.findElement(By.cssSelector("#messages .error")).getText());
			}
			if (!text.isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(text))) {
				seen.add(text);
				if (screenshot != null && seen.size() == 5) {
					screenshot(screenshot);
				}
			}
			return "done".equals(state);
		});
		return seen;
	}

	private List<String> messageTexts() {
		return this.driver.findElements(By.cssSelector("#messages .message .text"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
