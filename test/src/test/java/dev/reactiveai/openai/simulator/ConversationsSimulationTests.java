package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.ConversationItem;
import dev.reactiveai.openai.types.ConversationItemList;
import dev.reactiveai.openai.types.ConversationResource;
import dev.reactiveai.openai.types.ConversationsItemsCreateRequest;
import dev.reactiveai.openai.types.ConversationsItemsListParams;
import dev.reactiveai.openai.types.CreateConversationBody;
import dev.reactiveai.openai.types.EasyInputMessage;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.InputTextContent;
import dev.reactiveai.openai.types.Message;
import dev.reactiveai.openai.types.OutputTextContent;
import dev.reactiveai.openai.types.UpdateConversationBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationsSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void createsAConversationWithItsInitialItemsAndMetadata() {
		ConversationResource created = simulator.client()
			.conversations()
			.create(CreateConversationBody.builder()
				.metadata(Map.of("topic", "reactor"))
				.items(List.of(message("user", "Hello"), message("assistant", "Hi there")))
				.build())
			.block(TIMEOUT);
		assertThat(created.id()).startsWith("conv_");
		assertThat(created.object()).isEqualTo("conversation");
		StepVerifier.create(simulator.client().conversations().retrieve(created.id()))
			.assertNext((retrieved) -> assertThat(retrieved.metadata()).isEqualTo(Map.of("topic", "reactor")))
			.expectComplete()
			.verify(TIMEOUT);
		List<ConversationItem> items = listAscending(created.id());
		assertThat(items).hasSize(2);
		assertThat(((InputTextContent) ((Message) items.get(0)).content().get(0)).text()).isEqualTo("Hello");
		assertThat(((OutputTextContent) ((Message) items.get(1)).content().get(0)).text()).isEqualTo("Hi there");
	}

	@Test
	void replacesTheMetadataOnUpdate() {
		String id = create();
		StepVerifier
			.create(simulator.client()
				.conversations()
				.update(id, UpdateConversationBody.builder().metadata(Map.of("stage", "done")).build()))
			.assertNext((updated) -> assertThat(updated.metadata()).isEqualTo(Map.of("stage", "done")))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void deletesTheConversation() {
		String id = create();
		StepVerifier.create(simulator.client().conversations().delete(id)).assertNext((deleted) -> {
			assertThat(deleted.id()).isEqualTo(id);
			assertThat(deleted.deleted()).isTrue();
			assertThat(deleted.object()).isEqualTo("conversation.deleted");
		}).expectComplete().verify(TIMEOUT);
		StepVerifier.create(simulator.client().conversations().retrieve(id))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void addsItemsInABatchAndAnswersWithThem() {
		String id = create();
		StepVerifier
			.create(simulator.client()
				.conversations()
				.items()
				.create(id,
						ConversationsItemsCreateRequest.builder()
							.items(List.of(message("user", "one"), message("user", "two")))
							.build()))
			.assertNext((added) -> {
				assertThat(added.data()).hasSize(2);
				assertThat(added.firstId()).isEqualTo(((Message) added.data().get(0)).id());
				assertThat(added.lastId()).isEqualTo(((Message) added.data().get(1)).id());
				assertThat(added.hasMore()).isFalse();
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void listsItemsNewestFirstByDefault() {
		String id = createWithItems(3);
		List<String> newestFirst = texts(
				simulator.client().conversations().items().list(id).collectList().block(TIMEOUT));
		assertThat(newestFirst).containsExactly("message 2", "message 1", "message 0");
		assertThat(texts(listAscending(id))).containsExactly("message 0", "message 1", "message 2");
	}

	@Test
	void pagesItemsWithLimitAndAfter() {
		String id = createWithItems(5);
		ConversationItemList first = simulator.client()
			.conversations()
			.items()
			.listPage(id, ConversationsItemsListParams.builder().order("asc").limit(2L).build())
			.block(TIMEOUT);
		assertThat(texts(first.data())).containsExactly("message 0", "message 1");
		assertThat(first.hasMore()).isTrue();
		ConversationItemList second = simulator.client()
			.conversations()
			.items()
			.listPage(id, ConversationsItemsListParams.builder().order("asc").limit(2L).after(first.lastId()).build())
			.block(TIMEOUT);
		assertThat(texts(second.data())).containsExactly("message 2", "message 3");
	}

	@Test
	void retrievesAnItemById() {
		String id = createWithItems(2);
		Message second = (Message) listAscending(id).get(1);
		StepVerifier.create(simulator.client().conversations().items().retrieve(id, second.id()))
			.assertNext((item) -> assertThat(item).isEqualTo(second))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void deletesAnItemAndAnswersWithTheConversation() {
		String id = createWithItems(2);
		Message first = (Message) listAscending(id).get(0);
		StepVerifier.create(simulator.client().conversations().items().delete(id, first.id()))
			.assertNext((conversation) -> assertThat(conversation.id()).isEqualTo(id))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(texts(listAscending(id))).containsExactly("message 1");
		StepVerifier.create(simulator.client().conversations().items().retrieve(id, first.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void refusesMoreThanTwentyItemsAtOnceNamingTheParam() {
		String id = create();
		List<InputItem> items = IntStream.range(0, 21).mapToObj((i) -> message("user", "message " + i)).toList();
		StepVerifier
			.create(simulator.client()
				.conversations()
				.items()
				.create(id, ConversationsItemsCreateRequest.builder().items(items).build()))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(BadRequestException.class);
				assertThat(((OpenAiServiceException) ex).param()).isEqualTo("items");
			})
			.verify(TIMEOUT);
	}

	@Test
	void answersAnUnknownConversationWithNotFound() {
		StepVerifier.create(simulator.client().conversations().items().list("conv_unknown").collectList())
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	private static String create() {
		return simulator.client().conversations().create(CreateConversationBody.builder().build()).block(TIMEOUT).id();
	}

	private static String createWithItems(int count) {
		List<InputItem> items = IntStream.range(0, count).mapToObj((i) -> message("user", "message " + i)).toList();
		return simulator.client()
			.conversations()
			.create(CreateConversationBody.builder().items(items).build())
			.block(TIMEOUT)
			.id();
	}

	private static List<ConversationItem> listAscending(String id) {
		return simulator.client()
			.conversations()
			.items()
			.list(id, ConversationsItemsListParams.builder().order("asc").build())
			.collectList()
			.block(TIMEOUT);
	}

	private static InputItem message(String role, String text) {
		return EasyInputMessage.builder().role(role).content(text).build();
	}

	private static List<String> texts(List<ConversationItem> items) {
		List<String> texts = new ArrayList<>();
		for (ConversationItem item : items) {
			Message message = (Message) item;
			texts.add(((InputTextContent) message.content().get(0)).text());
		}
		return texts;
	}

}
