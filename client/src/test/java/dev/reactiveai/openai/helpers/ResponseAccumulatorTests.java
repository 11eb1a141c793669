package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.OutputTextContent;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseCompletedEvent;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response streams put together into the final response: the last event's when it comes,
 * otherwise assembled from the items and deltas so far.
 */
class ResponseAccumulatorTests {

	private static final String IN_PROGRESS = Fixtures.responseJson("[]", "in_progress", "null").replace("\n", " ");

	private static final String MESSAGE_DONE = "{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\","
			+ "\"content\":[{\"type\":\"output_text\",\"text\":\"Hello\",\"annotations\":[],\"logprobs\":[]}]}";

	private static final String CALL_DONE = "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"get_weather\","
			+ "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\",\"status\":\"completed\"}";

	private static final String COMPLETED = Fixtures
		.responseJson("[" + MESSAGE_DONE + "," + CALL_DONE + "]", "completed", "null")
		.replace("\n", " ");

	private static final List<ResponseStreamEvent> EVENTS = Fixtures
		.events("""
				{"type":"response.created","sequence_number":0,"response":%1$s}
				{"type":"response.in_progress","sequence_number":1,"response":%1$s}
				{"type":"response.output_item.added","sequence_number":2,"output_index":0,"item":{"type":"message","id":"msg_1","status":"in_progress","role":"assistant","content":[]}}
				{"type":"response.content_part.added","sequence_number":3,"item_id":"msg_1","output_index":0,"content_index":0,"part":{"type":"output_text","text":"","annotations":[],"logprobs":[]}}
				{"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hel","logprobs":[]}
				{"type":"response.output_text.delta","sequence_number":5,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"lo","logprobs":[]}
				{"type":"response.output_text.done","sequence_number":6,"item_id":"msg_1","output_index":0,"content_index":0,"text":"Hello","logprobs":[]}
				{"type":"response.content_part.done","sequence_number":7,"item_id":"msg_1","output_index":0,"content_index":0,"part":{"type":"output_text","text":"Hello","annotations":[],"logprobs":[]}}
				{"type":"response.output_item.done","sequence_number":8,"output_index":0,"item":%2$s}
				{"type":"response.output_item.added","sequence_number":9,"output_index":1,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"","status":"in_progress"}}
				{"type":"response.function_call_arguments.delta","sequence_number":10,"item_id":"fc_1","output_index":1,"delta":"{\\"city\\":"}
				{"type":"response.function_call_arguments.delta","sequence_number":11,"item_id":"fc_1","output_index":1,"delta":"\\"Paris\\"}"}
				{"type":"response.completed","sequence_number":12,"response":%3$s}
				"""
			.formatted(IN_PROGRESS, MESSAGE_DONE, COMPLETED));

	@Test
	void theLastEventsResponseIsTheResponse() {
		ResponseCompletedEvent completed = (ResponseCompletedEvent) EVENTS.get(EVENTS.size() - 1);
		StepVerifier.create(Flux.fromIterable(EVENTS).as(ResponseAccumulator.accumulate())).assertNext((response) -> {
			assertThat(response).isSameAs(completed.response());
			assertThat(OutputText.of(response)).isEqualTo("Hello");
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void failedAndIncompleteResponsesEndTheStreamToo() {
		List<ResponseStreamEvent> events = new ArrayList<>(EVENTS.subList(0, 9));
		events.addAll(Fixtures.events("{\"type\":\"response.incomplete\",\"sequence_number\":9,\"response\":"
				+ Fixtures.responseJson("[" + MESSAGE_DONE + "]", "incomplete", "{\"reason\":\"max_output_tokens\"}")
					.replace("\n", " ")
				+ "}"));
		StepVerifier.create(Flux.fromIterable(events).as(ResponseAccumulator.accumulate())).assertNext((response) -> {
			assertThat(response.status().value()).isEqualTo("incomplete");
			assertThat(response.incompleteDetails().reason().value()).isEqualTo("max_output_tokens");
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void withoutTheLastEventTheResponseIsAssembledFromItemsAndDeltas() {
		Response response = accumulate(EVENTS.subList(0, EVENTS.size() - 1));
		assertThat(response.id()).isEqualTo("resp_1");
		assertThat(response.status().value()).isEqualTo("in_progress");
		assertThat(response.output()).hasSize(2);
		assertThat(response.output().get(0)).isEqualTo(Fixtures.MAPPER.readValue(MESSAGE_DONE, OutputMessage.class));
		FunctionToolCall call = (FunctionToolCall) response.output().get(1);
		assertThat(call.arguments()).isEqualTo("{\"city\":\"Paris\"}");
		assertThat(call.status().value()).isEqualTo("in_progress");
		assertThat(response.outputText()).isEqualTo("Hello");
		assertThat(ToolDefinition.of(ToolDefinitionTests.GetWeather.class).arguments(call).city()).isEqualTo("Paris");
	}

	@Test
	void aMessageCutShortKeepsTheTextSoFar() {
		Response response = accumulate(EVENTS.subList(0, 5));
		OutputMessage message = (OutputMessage) response.output().get(0);
		assertThat(message.status().value()).isEqualTo("in_progress");
		assertThat(((OutputTextContent) message.content().get(0)).text()).isEqualTo("Hel");
		assertThat(response.outputText()).isEqualTo("Hel");
	}

	@Test
	void textDeltasAreTheOutputTextDeltas() {
		StepVerifier.create(Flux.fromIterable(EVENTS).transform(OutputText::responseDeltas))
			.expectNext("Hel", "lo")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void tapPassesTheEventsOnAndThenGivesTheResponse() {
		ResponseAccumulator accumulator = ResponseAccumulator.create();
		StepVerifier.create(Flux.fromIterable(EVENTS).transform(accumulator::tap).transform(OutputText::responseDeltas))
			.expectNext("Hel", "lo")
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(accumulator.result())
			.assertNext((response) -> assertThat(response.status().value()).isEqualTo("completed"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aStreamWithoutAResponseEventHasNoResponse() {
		StepVerifier.create(Flux.fromIterable(EVENTS.subList(2, 6)).as(ResponseAccumulator.accumulate()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("The stream had no response event"))
			.verify(TIMEOUT);
	}

	private static Response accumulate(List<ResponseStreamEvent> events) {
		ResponseAccumulator accumulator = ResponseAccumulator.create();
		events.forEach(accumulator::add);
		return accumulator.response();
	}

}
