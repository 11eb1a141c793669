package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.ConversationItem;
import dev.reactiveai.openai.types.ConversationsItemsListParams;
import dev.reactiveai.openai.types.CreateConversationBody;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.EasyInputMessage;
import dev.reactiveai.openai.types.FunctionCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionTool;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.InputMessageResource;
import dev.reactiveai.openai.types.InputParam;
import dev.reactiveai.openai.types.InputTextContent;
import dev.reactiveai.openai.types.ItemResource;
import dev.reactiveai.openai.types.Message;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.OutputTextContent;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseCompletedEvent;
import dev.reactiveai.openai.types.ResponseFunctionCallArgumentsDeltaEvent;
import dev.reactiveai.openai.types.ResponseFunctionCallArgumentsDoneEvent;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import dev.reactiveai.openai.types.ResponsesInputItemsListParams;
import dev.reactiveai.openai.types.TokenCountsBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsesSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String MODEL = "gpt-4.1-mini";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void streamedDeltasJoinToTheTextOfTheResponseForTheSameInput() {
		Response response = simulator.client().responses().create(request("What is backpressure?")).block(TIMEOUT);
		StepVerifier
			.create(simulator.client()
				.responses()
				.createStream(request("What is backpressure?"))
				.ofType(ResponseTextDeltaEvent.class)
				.map(ResponseTextDeltaEvent::delta)
				.reduce(String::concat))
			.assertNext((streamed) -> assertThat(streamed).isEqualTo(text(response))
				.startsWith("You said: \"What is backpressure?\"."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void streamsTheEventsInTheApiOrderWithIncreasingSequenceNumbers() {
		List<ResponseStreamEvent> events = simulator.client()
			.responses()
			.createStream(request("Hello"))
			.collectList()
			.block(TIMEOUT);
		List<String> types = events.stream().map(ResponsesSimulationTests::type).toList();
		List<String> withoutDeltas = types.stream()
			.filter((type) -> !type.equals("response.output_text.delta"))
			.toList();
		assertThat(withoutDeltas).containsExactly("response.created", "response.in_progress",
				"response.output_item.added", "response.content_part.added", "response.output_text.done",
				"response.content_part.done", "response.output_item.done", "response.completed");
		assertThat(types.subList(4, types.indexOf("response.output_text.done"))).hasSizeGreaterThan(5)
			.allMatch((type) -> type.equals("response.output_text.delta"));
		List<Long> sequence = events.stream().map(ResponsesSimulationTests::sequenceNumber).toList();
		for (int i = 0; i < sequence.size(); i++) {
			assertThat(sequence.get(i)).isEqualTo(i);
		}
	}

	@Test
	void streamsDeltasOfTheOutputMessageOfTheCompletedResponse() {
		List<ResponseStreamEvent> events = simulator.client()
			.responses()
			.createStream(request("Hello"))
			.collectList()
			.block(TIMEOUT);
		Response completed = ((ResponseCompletedEvent) events.get(events.size() - 1)).response();
		String messageId = ((OutputMessage) completed.output().get(0)).id();
		assertThat(events).filteredOn(ResponseTextDeltaEvent.class::isInstance)
			.map(ResponseTextDeltaEvent.class::cast)
			.allSatisfy((delta) -> {
				assertThat(delta.itemId()).isEqualTo(messageId);
				assertThat(delta.outputIndex()).isZero();
				assertThat(delta.contentIndex()).isZero();
			});
		assertThat(completed.status()).isEqualTo(Response.Status.COMPLETED);
		assertThat(completed.usage().totalTokens())
			.isEqualTo(completed.usage().inputTokens() + completed.usage().outputTokens());
	}

	@Test
	void namesEachStreamedEventWithItsType() {
		String body = HttpClient.create()
			.headers((headers) -> headers.add("Authorization", "Bearer " + OpenAiSimulatorExtension.API_KEY)
				.add("Content-Type", "application/json"))
			.post()
			.uri(simulator.simulator().baseUrl() + "/responses")
			.send(ByteBufFlux.fromString(Mono.just("{\"model\":\"" + MODEL + "\",\"input\":\"Hi\",\"stream\":true}")))
			.responseContent()
			.aggregate()
			.asString()
			.block(TIMEOUT);
		List<String> frames = List.of(body.split("\n\n"));
		assertThat(frames).hasSizeGreaterThan(8);
		for (String frame : frames) {
			String[] lines = frame.split("\n");
			assertThat(lines).hasSize(2);
			assertThat(lines[0]).startsWith("event: ");
			JsonNode data = OpenAiJson.mapper().readTree(lines[1].substring("data: ".length()));
			assertThat(lines[0].substring("event: ".length())).isEqualTo(data.path("type").asString());
		}
	}

	@Test
	void callsTheOfferedFunctionToolWithArgumentsFromItsSchema() {
		StepVerifier.create(simulator.client().responses().create(withWeatherTool(request("Weather in Paris?"))))
			.assertNext((response) -> {
				FunctionToolCall call = (FunctionToolCall) response.output().get(0);
				assertThat(call.name()).isEqualTo("get_weather");
				assertThat(call.callId()).startsWith("call_");
				JsonNode arguments = OpenAiJson.mapper().readTree(call.arguments());
				assertThat(arguments.path("city").asString()).isEqualTo("Weather in Paris?");
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void streamsTheArgumentsOfAFunctionCallAsDeltas() {
		List<ResponseStreamEvent> events = simulator.client()
			.responses()
			.createStream(withWeatherTool(request("Weather in Rome?")))
			.collectList()
			.block(TIMEOUT);
		String joined = events.stream()
			.filter(ResponseFunctionCallArgumentsDeltaEvent.class::isInstance)
			.map((event) -> ((ResponseFunctionCallArgumentsDeltaEvent) event).delta())
			.reduce("", String::concat);
		ResponseFunctionCallArgumentsDoneEvent done = events.stream()
			.filter(ResponseFunctionCallArgumentsDoneEvent.class::isInstance)
			.map(ResponseFunctionCallArgumentsDoneEvent.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(joined).isEqualTo(done.arguments()).contains("Weather in Rome?");
		assertThat(done.name()).isEqualTo("get_weather");
		assertThat(events).noneMatch(ResponseTextDeltaEvent.class::isInstance);
	}

	@Test
	void answersTheToolOutputInsteadOfCallingTheToolAgain() {
		Response call = simulator.client()
			.responses()
			.create(withWeatherTool(request("Weather in Oslo?")))
			.block(TIMEOUT);
		String callId = ((FunctionToolCall) call.output().get(0)).callId();
		CreateResponse toolOutput = withWeatherTool(CreateResponse.builder()
			.model(MODEL)
			.previousResponseId(call.id())
			.input(List.of(FunctionCallOutputItemParam.builder().callId(callId).output("12 degrees, rain").build()))
			.build());
		StepVerifier.create(simulator.client().responses().create(toolOutput))
			.assertNext((response) -> assertThat(text(response)).startsWith("The tool answered: 12 degrees, rain.")
				.contains("Weather in Oslo?"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void retrievesAStoredResponseUntilItIsDeleted() {
		Response created = simulator.client().responses().create(request("Remember me")).block(TIMEOUT);
		StepVerifier.create(simulator.client().responses().retrieve(created.id())).assertNext((retrieved) -> {
			assertThat(retrieved.id()).isEqualTo(created.id());
			assertThat(text(retrieved)).isEqualTo(text(created));
		}).expectComplete().verify(TIMEOUT);
		StepVerifier.create(simulator.client().responses().delete(created.id())).expectComplete().verify(TIMEOUT);
		StepVerifier.create(simulator.client().responses().retrieve(created.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void doesNotStoreAResponseCreatedWithStoreFalse() {
		Response created = simulator.client()
			.responses()
			.create(request("Forget me").toBuilder().store(false).build())
			.block(TIMEOUT);
		StepVerifier.create(simulator.client().responses().retrieve(created.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void answersTheNewestInputOfAPreviousResponseChain() {
		Response first = simulator.client().responses().create(request("first question")).block(TIMEOUT);
		StepVerifier
			.create(simulator.client()
				.responses()
				.create(request("second question").toBuilder().previousResponseId(first.id()).build()))
			.assertNext((second) -> {
				assertThat(text(second)).startsWith("You said: \"second question\".");
				assertThat(second.previousResponseId()).isEqualTo(first.id());
				assertThat(second.usage().inputTokens()).isGreaterThan(first.usage().inputTokens());
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void listsTheInputItemsOfAPreviousResponseChainNewestFirst() {
		Response first = simulator.client().responses().create(request("first question")).block(TIMEOUT);
		Response second = simulator.client()
			.responses()
			.create(request("second question").toBuilder().previousResponseId(first.id()).build())
			.block(TIMEOUT);
		List<ItemResource> items = simulator.client()
			.responses()
			.inputItems()
			.list(second.id())
			.collectList()
			.block(TIMEOUT);
		assertThat(items).hasSize(3);
		assertThat(inputText(items.get(0))).isEqualTo("second question");
		// The assistant's answer is listed as the output message it was: its role tells
		// it
		// from an input message with the same type.
		OutputMessage answer = (OutputMessage) items.get(1);
		assertThat(answer.role()).isEqualTo("assistant");
		assertThat(answer.id()).isEqualTo(((OutputMessage) first.output().get(0)).id());
		assertThat(inputText(items.get(2))).isEqualTo("first question");
		List<ItemResource> ascending = simulator.client()
			.responses()
			.inputItems()
			.list(second.id(), ResponsesInputItemsListParams.builder().order("asc").build())
			.collectList()
			.block(TIMEOUT);
		List<ItemResource> reversed = new ArrayList<>(items);
		Collections.reverse(reversed);
		assertThat(ascending).containsExactlyElementsOf(reversed);
	}

	@Test
	void refusesAnUnknownPreviousResponseNamingTheParam() {
		StepVerifier
			.create(simulator.client()
				.responses()
				.create(request("Hi").toBuilder().previousResponseId("resp_unknown").build()))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(BadRequestException.class);
				assertThat(((OpenAiServiceException) ex).param()).isEqualTo("previous_response_id");
			})
			.verify(TIMEOUT);
	}

	@Test
	void appendsTheInputAndOutputToTheConversation() {
		String conversation = simulator.client()
			.conversations()
			.create(CreateConversationBody.builder().build())
			.block(TIMEOUT)
			.id();
		Response response = simulator.client()
			.responses()
			.create(request("Hello conversation").toBuilder().conversation(conversation).build())
			.block(TIMEOUT);
		List<ConversationItem> items = simulator.client()
			.conversations()
			.items()
			.list(conversation, ConversationsItemsListParams.builder().order("asc").build())
			.collectList()
			.block(TIMEOUT);
		assertThat(items).hasSize(2);
		Message input = (Message) items.get(0);
		assertThat(input.role().value()).isEqualTo("user");
		assertThat(((InputTextContent) input.content().get(0)).text()).isEqualTo("Hello conversation");
		Message output = (Message) items.get(1);
		assertThat(output.id()).isEqualTo(((OutputMessage) response.output().get(0)).id());
		assertThat(((OutputTextContent) output.content().get(0)).text()).isEqualTo(text(response));
		assertThat(response.conversation().id()).isEqualTo(conversation);
	}

	@Test
	void answersFromTheConversationsItems() {
		String conversation = simulator.client()
			.conversations()
			.create(CreateConversationBody.builder().items(List.of(user("What is a Mono?"))).build())
			.block(TIMEOUT)
			.id();
		StepVerifier
			.create(simulator.client()
				.responses()
				.create(CreateResponse.builder().model(MODEL).input(List.of()).conversation(conversation).build()))
			.assertNext((response) -> assertThat(text(response)).startsWith("You said: \"What is a Mono?\"."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void cancelsABackgroundResponseThatIsQueued() {
		Response queued = simulator.client()
			.responses()
			.create(request("Take your time").toBuilder().background(true).build())
			.block(TIMEOUT);
		assertThat(queued.status()).isEqualTo(Response.Status.QUEUED);
		StepVerifier.create(simulator.client().responses().cancel(queued.id())).assertNext((cancelled) -> {
			assertThat(cancelled.status()).isEqualTo(Response.Status.CANCELLED);
			assertThat(cancelled.output()).isEmpty();
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void completesABackgroundResponseWhenRetrieved() {
		Response queued = simulator.client()
			.responses()
			.create(request("Take your time").toBuilder().background(true).build())
			.block(TIMEOUT);
		StepVerifier.create(simulator.client().responses().retrieve(queued.id())).assertNext((retrieved) -> {
			assertThat(retrieved.status()).isEqualTo(Response.Status.COMPLETED);
			assertThat(text(retrieved)).startsWith("You said: \"Take your time\".");
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void refusesToCancelAResponseNotCreatedInBackground() {
		Response created = simulator.client().responses().create(request("Now")).block(TIMEOUT);
		StepVerifier.create(simulator.client().responses().cancel(created.id()))
			.expectError(BadRequestException.class)
			.verify(TIMEOUT);
	}

	@Test
	void countsInputTokensAsTheResponsesUsageDoes() {
		Response response = simulator.client()
			.responses()
			.create(request("Count these words, please").toBuilder().instructions("Be brief.").build())
			.block(TIMEOUT);
		StepVerifier
			.create(simulator.client()
				.responses()
				.inputTokens()
				.count(TokenCountsBody.builder()
					.model(MODEL)
					.instructions("Be brief.")
					.input("Count these words, please")
					.build()))
			.assertNext(
					(counts) -> assertThat(counts.inputTokens()).isEqualTo(response.usage().inputTokens()).isPositive())
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void answersWithTheScriptedReply() {
		simulator.simulator().script().nextReply("Paris is the capital of France.");
		StepVerifier.create(simulator.client().responses().create(request("Capital of France?")))
			.assertNext((response) -> assertThat(text(response)).isEqualTo("Paris is the capital of France."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void sendsTheInstructionsAndInputItWasGiven() {
		simulator.client()
			.responses()
			.create(CreateResponse.builder()
				.model(MODEL)
				.instructions("Answer in French.")
				.input(List.of(user("Bonjour")))
				.build())
			.block(TIMEOUT);
		CreateResponse sent = simulator.simulator()
			.requests()
			.forOperation("createResponse")
			.get(0)
			.body(CreateResponse.class);
		assertThat(sent.instructions()).isEqualTo("Answer in French.");
		List<InputItem> items = ((InputParam.InputItemList) sent.input()).value();
		assertThat(((EasyInputMessage) items.get(0)).content())
			.isEqualTo(new EasyInputMessage.Content.StringValue("Bonjour"));
	}

	@Test
	void refusesARequestWithoutAModelNamingTheParam() {
		StepVerifier.create(simulator.client().responses().create(CreateResponse.builder().input("Hi").build()))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(BadRequestException.class);
				assertThat(((OpenAiServiceException) ex).param()).isEqualTo("model");
			})
			.verify(TIMEOUT);
	}

	private static CreateResponse request(String input) {
		return CreateResponse.builder().model(MODEL).input(input).build();
	}

	private static CreateResponse withWeatherTool(CreateResponse request) {
		FunctionTool tool = FunctionTool.builder()
			.name("get_weather")
			.parameters(Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")), "required",
					List.of("city")))
			.strict(true)
			.build();
		return request.toBuilder().tools(List.of(tool)).build();
	}

	private static InputItem user(String text) {
		return EasyInputMessage.builder().role("user").content(text).build();
	}

	private static String text(Response response) {
		List<String> texts = new ArrayList<>();
		response.output()
			.stream()
			.filter(OutputMessage.class::isInstance)
			.flatMap((item) -> ((OutputMessage) item).content().stream())
			.filter(OutputTextContent.class::isInstance)
			.forEach((content) -> texts.add(((OutputTextContent) content).text()));
		return String.join("", texts);
	}

	private static String inputText(ItemResource item) {
		InputMessageResource message = (InputMessageResource) item;
		return ((InputTextContent) message.content().get(0)).text();
	}

	private static String type(ResponseStreamEvent event) {
		return OpenAiJson.mapper().valueToTree(event).path("type").asString();
	}

	private static long sequenceNumber(ResponseStreamEvent event) {
		return OpenAiJson.mapper().valueToTree(event).path("sequence_number").asLong();
	}

}
