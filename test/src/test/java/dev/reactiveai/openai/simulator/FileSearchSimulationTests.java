package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class FileSearchSimulationTests {

	private static final String QUESTION = "How often should I water the tomatoes?";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void aResponseWithTheFileSearchToolSearchesTheStoreAndCitesTheFilesFound() {
		String garden = file("garden.txt", "Water the tomatoes every morning, and more often when it is hot.");
		String reactor = file("reactor.txt", "A Flux emits many items with backpressure.");
		String store = store(garden, reactor);
		ObjectNode request = request(store);
		request.putArray("include").add("file_search_call.results");
		JsonNode output = SimulatorHttp.post(simulator.simulator(), "/responses", request).json().path("output");
		JsonNode search = output.path(0);
		assertThat(search.path("type").asString()).isEqualTo("file_search_call");
		assertThat(search.path("status").asString()).isEqualTo("completed");
		assertThat(search.path("queries").path(0).asString()).isEqualTo(QUESTION);
		assertThat(search.path("results")).hasSize(1);
		JsonNode result = search.path("results").path(0);
		assertThat(result.path("file_id").asString()).isEqualTo(garden);
		assertThat(result.path("filename").asString()).isEqualTo("garden.txt");
		assertThat(result.path("text").asString()).contains("Water the tomatoes");
		assertThat(result.path("score").asDouble()).isBetween(0.0, 1.0);
		JsonNode text = output.path(1).path("content").path(0);
		assertThat(output.path(1).path("type").asString()).isEqualTo("message");
		assertThat(text.path("text").asString()).contains("garden.txt says \"Water the tomatoes every morning");
		JsonNode citation = text.path("annotations").path(0);
		assertThat(text.path("annotations")).hasSize(1);
		assertThat(citation.path("type").asString()).isEqualTo("file_citation");
		assertThat(citation.path("file_id").asString()).isEqualTo(garden);
		assertThat(citation.path("filename").asString()).isEqualTo("garden.txt");
		assertThat(citation.path("index").asInt()).isPositive()
			.isLessThanOrEqualTo(text.path("text").asString().length());
	}

	@Test
	void theResultsOfTheSearchCallAreLeftOutUnlessIncluded() {
		String store = store(file("garden.txt", "Water the tomatoes every morning."));
		JsonNode search = SimulatorHttp.post(simulator.simulator(), "/responses", request(store))
			.json()
			.path("output")
			.path(0);
		assertThat(search.path("type").asString()).isEqualTo("file_search_call");
		assertThat(search.path("results").isNull()).isTrue();
	}

	@Test
	void aStreamedFileSearchSendsTheSearchEventsThenTheCitedText() {
		String store = store(file("garden.txt", "Water the tomatoes every morning."));
		ObjectNode request = request(store);
		request.put("stream", true);
		List<JsonNode> events = SimulatorHttp.stream(simulator.simulator(), "/responses", request);
		List<String> types = events.stream().map((event) -> event.path("type").asString()).toList();
		assertThat(types).containsSubsequence("response.output_item.added", "response.file_search_call.in_progress",
				"response.file_search_call.searching", "response.file_search_call.completed",
				"response.output_item.done", "response.output_item.added", "response.output_text.delta",
				"response.output_text.annotation.added", "response.output_text.done", "response.completed");
		JsonNode annotation = events.get(types.indexOf("response.output_text.annotation.added"));
		assertThat(annotation.path("output_index").asInt()).isEqualTo(1);
		assertThat(annotation.path("annotation").path("filename").asString()).isEqualTo("garden.txt");
		for (int i = 0; i < events.size(); i++) {
			assertThat(events.get(i).path("sequence_number").asInt()).isEqualTo(i);
		}
	}

	@Test
	void aSearchThatFindsNothingSaysSoWithoutCitations() {
		String store = store(file("reactor.txt", "A Flux emits many items with backpressure."));
		JsonNode message = SimulatorHttp.post(simulator.simulator(), "/responses", request(store))
			.json()
			.path("output")
			.path(1)
			.path("content")
			.path(0);
		assertThat(message.path("text").asString()).contains("found nothing");
		assertThat(message.path("annotations")).isEmpty();
	}

	@Test
	void anUnknownVectorStoreIsNotFound() {
		SimulatorHttp.Answer answer = SimulatorHttp.post(simulator.simulator(), "/responses", request("vs_missing"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().path("error").path("message").asString()).contains("vs_missing");
	}

	private static ObjectNode request(String vectorStoreId) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("model", "gpt-4.1-mini");
		request.put("input", QUESTION);
		request.putArray("tools")
			.addObject()
			.put("type", "file_search")
			.putArray("vector_store_ids")
			.add(vectorStoreId);
		return request;
	}

	private static String file(String filename, String text) {
		return SimulatorFiles.upload(simulator.client(), filename, text.getBytes(StandardCharsets.UTF_8), "assistants")
			.id();
	}

	private static String store(String... fileIds) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("name", "notes");
		ArrayNode ids = request.putArray("file_ids");
		for (String fileId : fileIds) {
			ids.add(fileId);
		}
		return SimulatorHttp.post(simulator.simulator(), "/vector_stores", request).json().path("id").asString();
	}

}
