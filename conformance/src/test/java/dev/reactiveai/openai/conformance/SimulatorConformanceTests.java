package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.networknt.schema.Error;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.conformance.OperationCaller.Outcome;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.RecordedRequest;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec.Operation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the spec, called through the client against an
 * {@link OpenAiSimulator}: the proof that no call of the client meets a 404 there. The
 * operations a resource group of the simulator models ("realistic") are called in an
 * order that creates resources before it reads, updates and deletes them, with the ids
 * the earlier answers gave; every other operation answers from the spec.
 * <p>
 * An operation passes when every call of it is read into its typed model (or, for a file,
 * read to the end), and the simulator recorded it under its {@code operationId}. A
 * realistic operation may instead refuse the sampled request with an OpenAI error (such
 * as 404 for a resource the sampled arguments do not name), which the report lists, but
 * never with "Invalid URL", never with a 5xx, and never with an answer the client cannot
 * read. The suite prints
 * {@code simulator: N/241 operations, R realistic, E from the spec} and writes every
 * operation's outcome to {@code target/simulator-report.txt}.
 */
class SimulatorConformanceTests {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

	@Test
	void answersEveryOperationOfTheSpec() throws IOException {
		OpenApiSpec spec = OpenApiSpec.bundled();
		ServiceMethods methods = ServiceMethods
			.scan(Path.of(System.getProperty("openai.conformance.sources", "../client/src/main/java")));
		List<String> report = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		List<String> invalid = new ArrayList<>();
		AnswerSchemas schemas = AnswerSchemas.bundled();
		CapturedAnswers answers = new CapturedAnswers();
		int passed = 0;
		int realistic = 0;
		int fromSpec = 0;
		try (OpenAiSimulator simulator = OpenAiSimulator.start(); OpenAiClient client = client(simulator, answers)) {
			Set<String> answeredFromSpec = simulator.operationsAnsweredFromSpec();
			Map<String, String> ids = new HashMap<>();
			OperationCaller caller = new OperationCaller(spec, methods, CALL_TIMEOUT, ids::get);
			Map<Class<?>, Object> services = ServiceMethods.services(client);
			for (Operation operation : inCallOrder(spec.operations())) {
				boolean modelled = !answeredFromSpec.contains(operation.operationId());
				int before = simulator.requests().count();
				answers.clear();
				Outcome outcome = caller.call(services, new AtomicReference<>(), operation);
				List<RecordedRequest> recorded = simulator.requests().all();
				List<RecordedRequest> calls = recorded.subList(Math.min(before, recorded.size()), recorded.size());
				String verdict = verdict(operation, outcome, calls, modelled);
				if (verdict == null && modelled) {
					invalid.addAll(schemaErrors(operation, answers, schemas));
				}
				if (verdict == null) {
					passed++;
					remember(operation, outcome.answer(), ids);
				}
				else if (modelled && verdict.equals(outcome.reason()) && isRefusal(verdict)) {
					refused.add(operation.displayName() + ": " + outcome.reason());
					verdict = null;
				}
				else {
					failures.add(operation.displayName() + " via " + outcome.methods() + ": " + verdict);
				}
				realistic += modelled ? 1 : 0;
				fromSpec += modelled ? 0 : 1;
				report.add(String.format("  %-9s %-10s %s%s", modelled ? "realistic" : "spec",
						(verdict != null) ? "FAILED" : (outcome.passed() ? "ok" : "refused"), operation.displayName(),
						outcome.passed() ? "" : " -- " + outcome.reason()));
			}
		}
		int total = spec.operations().size();
		String summary = "simulator: " + passed + "/" + total + " operations, " + realistic + " realistic, " + fromSpec
				+ " from the spec";
		StringBuilder text = new StringBuilder(summary).append('\n');
		text.append("answered and read: ").append(passed);
		text.append("; refused by a realistic handler (an OpenAI error for the sampled arguments): ");
		text.append(refused.size());
		text.append("; failed: ").append(failures.size()).append("\n\n");
		if (!failures.isEmpty()) {
			text.append("failed:\n");
			failures.forEach((line) -> text.append("  ").append(line).append('\n'));
			text.append('\n');
		}
		text.append("by operation (source, outcome, operation):\n");
		report.forEach((line) -> text.append(line).append('\n'));
		Path target = Path.of(System.getProperty("openai.conformance.target", "target"));
		Files.createDirectories(target);
		Files.writeString(target.resolve("simulator-report.txt"), text, StandardCharsets.UTF_8);
		System.out.println(summary);
		assertThat(failures).as(summary + " (see target/simulator-report.txt)").isEmpty();
		assertThat(invalid).as("answers of modelled operations that break the description's schema").isEmpty();
		assertThat(passed + refused.size()).isEqualTo(total);
	}

	/**
	 * Why the operation failed, or {@code null} when it passed.
	 */
	private static @Nullable String verdict(Operation operation, Outcome outcome, List<RecordedRequest> calls,
			boolean modelled) {
		if (calls.isEmpty() && !outcome.missing()) {
			return "the simulator received no request: " + outcome.reason();
		}
		for (RecordedRequest call : calls) {
			if (!Objects.equals(operation.operationId(), call.operationId())) {
				return "the simulator recorded " + call + " as operation " + call.operationId() + ", not "
						+ operation.operationId();
			}
		}
		return outcome.passed() ? null : outcome.reason();
	}

	/**
	 * Whether a failure is an OpenAI error a modelled operation may answer the sampled
	 * arguments with: any 4xx but a missing route.
	 */
	private static boolean isRefusal(String reason) {
		return reason.matches("(?s)^\\w+: HTTP 4\\d\\d: .*") && !reason.contains("Invalid URL");
	}

	/**
	 * Creations first (fewest path variables first), then reads and updates, then
	 * cancellations, then deletions (most path variables first), so that each call finds
	 * the resources the earlier ones made.
	 */
	static List<Operation> inCallOrder(List<Operation> operations) {
		Comparator<Operation> order = Comparator.comparingInt(SimulatorConformanceTests::phase)
			.thenComparingInt((operation) -> (phase(operation) == 3) ? -variables(operation) : variables(operation))
			.thenComparingInt(SimulatorConformanceTests::verb);
		return operations.stream().sorted(order).toList();
	}

	private static int phase(Operation operation) {
		if ("DELETE".equals(operation.method())) {
			return 3;
		}
		if (operation.path().endsWith("/cancel")) {
			return 2;
		}
		return 1;
	}

	private static int verb(Operation operation) {
		if ("POST".equals(operation.method()) && !operation.path().endsWith("}")) {
			return 0;
		}
		return "GET".equals(operation.method()) ? 1 : 2;
	}

	private static int variables(Operation operation) {
		return operation.path().split("\\{", -1).length - 1;
	}

	/**
	 * Keeps the id of what an operation on a collection answered, as the value of the
	 * variable after the collection's path: a creation's id, or a list's first one.
	 */
	private static void remember(Operation operation, @Nullable Object answer, Map<String, String> ids) {
		if (answer == null || operation.path().endsWith("}")) {
			return;
		}
		String id = id(answer);
		if (id == null && call(answer, "data") instanceof List<?> data && !data.isEmpty() && data.get(0) != null) {
			id = id(data.get(0));
		}
		if (id != null && ("POST".equals(operation.method()) || !ids.containsKey(operation.path()))) {
			ids.put(operation.path(), id);
		}
	}

	private static @Nullable String id(Object model) {
		return (call(model, "id") instanceof String id) ? id : null;
	}

	private static @Nullable Object call(Object model, String accessor) {
		try {
			Method method = model.getClass().getMethod(accessor);
			return method.invoke(model);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * What each JSON answer of a modelled operation breaks in the schema the description
	 * gives it: the simulator's answers are built as maps, so this is what keeps them in
	 * the API's shape.
	 */
	private static List<String> schemaErrors(Operation operation, CapturedAnswers answers, AnswerSchemas schemas) {
		JsonNode content = operation.successContent().get("application/json");
		if (content == null || !content.has("schema")) {
			return List.of();
		}
		List<String> errors = new ArrayList<>();
		for (CapturedAnswers.Answer answer : answers.all()) {
			if (answer.status() / 100 == 2) {
				JsonNode json = answer.json();
				schemas.errors(content.get("schema"), json)
					.stream()
					.filter((error) -> !isEmptyListCursor(json, error))
					.limit(3)
					.forEach((error) -> errors.add(operation.displayName() + ": " + error));
			}
		}
		return errors;
	}

	/**
	 * Whether an error is the null {@code first_id} or {@code last_id} of an empty list:
	 * the API sends null there, where the description says a string.
	 */
	private static boolean isEmptyListCursor(JsonNode answer, Error error) {
		String at = error.getInstanceLocation().toString();
		return answer.path("data").isArray() && answer.path("data").isEmpty()
				&& (at.equals("/first_id") || at.equals("/last_id")) && answer.path(at.substring(1)).isNull();
	}

	private static OpenAiClient client(OpenAiSimulator simulator, CapturedAnswers answers) {
		return OpenAiClient.builder()
			.webClientBuilder(WebClient.builder().filter(answers))
			.options(OpenAiClientOptions.builder()
				.baseUrl(simulator.baseUrl())
				.apiKey("sk-simulator")
				.adminApiKey("sk-admin-simulator")
				.retries((retries) -> retries.withMaxRetries(0))
				.timeouts((timeouts) -> timeouts.withTimeout(CALL_TIMEOUT).withReadTimeout(CALL_TIMEOUT))
				.build())
			.build();
	}

}
