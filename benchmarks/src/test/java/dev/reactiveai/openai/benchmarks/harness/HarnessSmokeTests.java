package dev.reactiveai.openai.benchmarks.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole harness in its quick sizes, as a smoke test: every row must run and
 * produce numbers. It never asserts what the numbers are: the report's full run checks
 * the targets, on purpose never a test. Its report goes to
 * {@code target/benchmarks-smoke.md}, never to {@code BENCHMARKS.md}.
 */
class HarnessSmokeTests {

	@Test
	@Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void everyRowProducesNumbers() throws Exception {
		BuildOutput build = BuildOutput.locate();
		Harness harness = new Harness(HarnessSettings.quick(), build);
		long start = System.nanoTime();
		List<RowResult> rows = harness.run();
		Path report = build.target().resolve("benchmarks-smoke.md");
		Files.writeString(report, harness.render(rows, "./mvnw -B verify (HarnessSmokeTests, quick sizes)",
				Duration.ofNanos(System.nanoTime() - start)));
		assertThat(harness.failures()).isEmpty();
		assertThat(rows).hasSize(7).allSatisfy((row) -> {
			assertThat(row.rows()).as(row.title()).isNotEmpty();
			assertThat(row.figures()).as(row.title()).isNotEmpty();
			assertThat(row.figures().values()).as(row.title()).allMatch(Double::isFinite);
		});
		assertThat(Files.readString(report)).contains("## Targets", "## 6. Footprint", "## 7. Observation overhead");
	}

}
