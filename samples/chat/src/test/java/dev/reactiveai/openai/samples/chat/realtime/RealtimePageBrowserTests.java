package dev.reactiveai.openai.samples.chat.realtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.simulator.OpenAiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
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
 * The realtime page in headless Chromium, answered through a realtime session with the
 * OpenAI simulator paced at 15 tokens a second: the reply's deltas appear in order while
 * they arrive, and the session's socket is closed once the reply is done.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.simulator.enabled=true", "openai.simulator.tokens-per-second=15",
				"openai.simulator.latency=0s", "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
class RealtimePageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String LAST_ANSWER = """
			const answers = document.querySelectorAll('#realtime-messages .message.assistant');
			const answer = answers[answers.length - 1];
			return answer ? [answer.dataset.state, answer.querySelector('.text').textContent] : null;
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
		LoggerFactory.getLogger(RealtimePageBrowserTests.class).warn("Skipped (CI is not set): {}", message);
		Assumptions.abort(message);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.simulator.reset();
		this.profile = Files.createTempDirectory("realtime-sample-chromium");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withTimeout(WAIT)
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + this.profile);
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
	void theReplyGrowsDeltaByDeltaThroughARealtimeSession() {
		String reply = "A realtime session sends each word of this reply as its own event, "
				+ "and the page shows it on arrival.";
		this.simulator.script().nextReply(reply);
		this.driver.get("http://localhost:" + this.port + "/realtime.html");
		this.driver.findElement(By.id("realtime-input")).sendKeys("Hello, realtime!");
		this.driver.findElement(By.id("realtime-send")).click();

		List<String> seen = new ArrayList<>();
		this.wait.until((driver) -> {
			List<?> answer = (List<?>) this.driver.executeScript(LAST_ANSWER);
			if (answer == null) {
				return false;
			}
			String state = (String) answer.get(0);
			String text = (String) answer.get(1);
			if ("error".equals(state)) {
				fail("The reply failed: " + text);
			}
			if (!text.isEmpty() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(text))) {
				seen.add(text);
			}
			return "done".equals(state);
		});
		assertThat(seen.get(seen.size() - 1)).isEqualTo(reply);
		assertThat(seen.subList(0, seen.size() - 1)).as("the reply, sampled while it arrived")
			.hasSizeGreaterThanOrEqualTo(3);
		for (int i = 0; i < seen.size(); i++) {
			assertThat(reply).as("deltas in order").startsWith(seen.get(i));
			if (i > 0) {
				assertThat(seen.get(i).length()).isGreaterThan(seen.get(i - 1).length());
			}
		}
		assertThat(this.simulator.realtime().receivedTypes()).containsExactly("session.update",
				"conversation.item.create", "response.create");
		this.wait.until((driver) -> this.simulator.realtime().openSessions() == 0);
		assertThat(this.simulator.realtime().sessionsClosed()).isEqualTo(1);
	}

}
