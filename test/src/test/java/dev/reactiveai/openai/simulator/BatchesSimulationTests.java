package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.Batch;
import dev.reactiveai.openai.types.BatchesCreateRequest;
import dev.reactiveai.openai.types.BatchesListParams;
import dev.reactiveai.openai.types.OpenAIFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BatchesSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String LINES = """
			{"custom_id": "first", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}}
			this line is not JSON
			{"custom_id": "third", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Bye"}]}}
			""";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void batchCompletesWithCountsOfSucceededAndFailedLines() {
		Batch batch = completed(create(input(LINES)));
		assertThat(batch.requestCounts().total()).isEqualTo(3);
		assertThat(batch.requestCounts().completed()).isEqualTo(2);
		assertThat(batch.requestCounts().failed()).isEqualTo(1);
		assertThat(batch.completedAt()).isNotNull();
		assertThat(batch.model()).isEqualTo("gpt-4o-mini");
		assertThat(batch.usage().totalTokens()).isPositive();
	}

	@Test
	void outputFileHoldsTheAnswersOfTheSucceededLines() {
		Batch batch = completed(create(input(LINES)));
		List<JsonNode> lines = lines(batch.outputFileId());
		assertThat(lines).extracting((line) -> line.path("custom_id").asString()).containsExactly("first", "third");
		JsonNode response = lines.get(0).path("response");
		assertThat(response.path("status_code").asInt()).isEqualTo(200);
		assertThat(response.path("request_id").asString()).isNotEmpty();
		assertThat(response.path("body").path("object").asString()).isEqualTo("chat.completion");
		assertThat(response.path("body").path("choices").get(0).path("message").path("content").asString())
			.startsWith("You said: \"Hello\"");
		assertThat(lines.get(0).path("error").isNull()).isTrue();
	}

	@Test
	void errorFileHoldsTheLineThatIsNotJson() {
		Batch batch = completed(create(input(LINES)));
		List<JsonNode> errors = lines(batch.errorFileId());
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).path("error").path("code").asString()).isEqualTo("invalid_json");
		assertThat(errors.get(0).path("response").isNull()).isTrue();
	}

	@Test
	void lineAnsweredWithAnErrorStatusGoesToTheErrorFile() {
		Batch batch = completed(create(input(
				"{\"custom_id\": \"bad\", \"method\": \"POST\", \"url\": \"/v1/chat/completions\", \"body\": {\"model\": \"gpt-4o-mini\", \"messages\": []}}\n")));
		assertThat(batch.requestCounts().failed()).isEqualTo(1);
		assertThat(batch.outputFileId()).isNull();
		JsonNode error = lines(batch.errorFileId()).get(0);
		assertThat(error.path("response").path("status_code").asInt()).isEqualTo(400);
		assertThat(error.path("response").path("body").path("error").path("param").asString()).isEqualTo("messages");
	}

	@Test
	void unknownInputFileIsRefusedNamingInputFileId() {
		StepVerifier.create(simulator.client().batches().create(request("file-missing"))).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(NotFoundException.class);
			assertThat(((OpenAiServiceException) ex).error().param()).isEqualTo("input_file_id");
		}).verify(TIMEOUT);
	}

	@Test
	void listPagesNewestFirst() {
		OpenAIFile input = input(LINES);
		String first = create(input).id();
		String second = create(input).id();
		String third = create(input).id();
		StepVerifier
			.create(simulator.client().batches().list(BatchesListParams.builder().limit(2L).build()).map(Batch::id))
			.expectNext(third, second, first)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().requests().forOperation("listBatches")).hasSize(2);
	}

	@Test
	void completedBatchCannotBeCancelled() {
		Batch batch = completed(create(input(LINES)));
		StepVerifier.create(simulator.client().batches().cancel(batch.id()))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("completed"))
			.verify(TIMEOUT);
	}

	private static OpenAIFile input(String lines) {
		return SimulatorFiles.upload(simulator.client(), "requests.jsonl", lines.getBytes(StandardCharsets.UTF_8),
				"batch");
	}

	private static Batch create(OpenAIFile input) {
		return simulator.client().batches().create(request(input.id())).block(TIMEOUT);
	}

	private static BatchesCreateRequest request(String inputFileId) {
		return BatchesCreateRequest.builder().inputFileId(inputFileId).endpoint("/v1/chat/completions").build();
	}

	private static Batch completed(Batch batch) {
		return Mono.defer(() -> simulator.client().batches().retrieve(batch.id()))
			.filter((current) -> current.status().value().equals("completed"))
			.repeatWhenEmpty((attempts) -> attempts.delayElements(Duration.ofMillis(20)))
			.block(TIMEOUT);
	}

	private static List<JsonNode> lines(String fileId) {
		String content = new String(SimulatorFiles.bytes(simulator.client().files().content(fileId)),
				StandardCharsets.UTF_8);
		return content.lines().map((line) -> OpenAiJson.mapper().readTree(line)).toList();
	}

}
