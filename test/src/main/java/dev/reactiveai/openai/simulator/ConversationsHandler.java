package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Conversations: created with optional items and metadata, retrieved, their metadata
 * replaced, deleted; their items added in batches of up to 20, listed newest first by
 * default, retrieved and deleted. Responses created with {@code conversation} append
 * their input and output here, through {@link #append(String, List)}.
 */
final class ConversationsHandler implements ResourceHandler {

	private static final int MAX_ITEMS_PER_CALL = 20;

	private static final int MAX_METADATA_PAIRS = 16;

	private final Simulation simulation;

	private final ResourceStore<Conversation> conversations = new ResourceStore<>((conversation) -> conversation.id,
			Comparator.comparingLong((Conversation conversation) -> conversation.createdAt)
				.thenComparing((conversation) -> conversation.id),
			ConversationsHandler::conversationNotFound);

	ConversationsHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createConversation", this::create);
		routes.add("getConversation", this::retrieve);
		routes.add("updateConversation", this::update);
		routes.add("deleteConversation", this::delete);
		routes.add("createConversationItems", this::createItems);
		routes.add("listConversationItems", this::listItems);
		routes.add("getConversationItem", this::retrieveItem);
		routes.add("deleteConversationItem", this::deleteItem);
	}

	@Override
	public void reset() {
		this.conversations.clear();
	}

	/**
	 * The items of a conversation.
	 * @param id the conversation's id
	 * @return a copy of its items, oldest first, or {@code null} when there is no such
	 * conversation
	 */
	@Nullable List<JsonNode> items(String id) {
		Conversation conversation = this.conversations.find(id);
		return (conversation != null) ? conversation.items() : null;
	}

	/**
	 * Appends items to a conversation.
	 * @param id the conversation's id
	 * @param items the items, as resources
	 */
	void append(String id, List<JsonNode> items) {
		Conversation conversation = this.conversations.find(id);
		if (conversation != null) {
			conversation.add(items);
		}
	}

	/**
	 * The item of any conversation with this id.
	 * @param itemId the item's id
	 * @return the item, or {@code null}
	 */
	@Nullable JsonNode findItem(String itemId) {
		for (Conversation conversation : this.conversations.values()) {
			JsonNode item = conversation.item(itemId);
			if (item != null) {
				return item;
			}
		}
		return null;
	}

	static SimulatorResponse conversationNotFound(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "Conversation with id '" + id + "' not found.",
				null, null);
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		SimulatorResponse invalid = invalidMetadata(request.path("metadata"), false);
		if (invalid != null) {
			return invalid;
		}
		List<JsonNode> items = newItems(request.path("items"), true);
		Conversation conversation = new Conversation(this.simulation.ids().next("conv_"), this.simulation.now(),
				Metadata.of(request.path("metadata")));
		conversation.add(items);
		this.conversations.put(conversation);
		return SimulatorResponse.ok(conversation.json());
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(conversation(call).json());
	}

	private SimulatorResponse update(Call call) {
		Conversation conversation = conversation(call);
		SimulatorResponse invalid = invalidMetadata(call.json().path("metadata"), true);
		if (invalid != null) {
			return invalid;
		}
		conversation.metadata = Metadata.of(call.json().path("metadata"));
		return SimulatorResponse.ok(conversation.json());
	}

	private SimulatorResponse delete(Call call) {
		String id = this.conversations.remove(call.variable("conversation_id")).id;
		return SimulatorResponse.ok(JsonObjects.object("id", id, "object", "conversation.deleted", "deleted", true));
	}

	private SimulatorResponse createItems(Call call) {
		Conversation conversation = conversation(call);
		List<JsonNode> items = newItems(call.json().path("items"), false);
		conversation.add(items);
		return SimulatorResponse
			.ok(JsonObjects.object("object", "list", "data", items, "first_id", items.get(0).path("id").asString(),
					"last_id", items.get(items.size() - 1).path("id").asString(), "has_more", false));
	}

	private SimulatorResponse listItems(Call call) {
		Conversation conversation = conversation(call);
		return SimulatorResponse
			.ok(Pages.page(call, conversation.items(), (item) -> item.path("id").asString(), (item) -> item, "desc"));
	}

	private SimulatorResponse retrieveItem(Call call) {
		Conversation conversation = conversation(call);
		JsonNode item = conversation.item(call.variable("item_id"));
		return (item != null) ? SimulatorResponse.ok(item) : itemNotFound(call.variable("item_id"));
	}

	private SimulatorResponse deleteItem(Call call) {
		Conversation conversation = conversation(call);
		if (!conversation.remove(call.variable("item_id"))) {
			return itemNotFound(call.variable("item_id"));
		}
		return SimulatorResponse.ok(conversation.json());
	}

	private List<JsonNode> newItems(JsonNode items, boolean optional) {
		if ((items.isMissingNode() || items.isNull()) && optional) {
			return List.of();
		}
		if (!items.isArray() || (items.isEmpty() && !optional)) {
			throw new ResponseItems.InvalidItemException(
					items.isArray() ? "Invalid 'items': empty array. Expected an array with minimum length 1."
							: "Missing required parameter: 'items'.",
					"items");
		}
		if (items.size() > MAX_ITEMS_PER_CALL) {
			throw new ResponseItems.InvalidItemException(
					"Invalid 'items': array too long. Expected an array with " + "maximum length " + MAX_ITEMS_PER_CALL
							+ ", but got an array with length " + items.size() + " instead.",
					"items");
		}
		return ResponseItems.fromInput(items, "items", this.simulation.ids(), this::findItem);
	}

	private static @Nullable SimulatorResponse invalidMetadata(JsonNode metadata, boolean required) {
		if (metadata.isMissingNode() || metadata.isNull()) {
			return required ? SimulatorResponse.invalidRequest("Missing required parameter: 'metadata'.", "metadata")
					: null;
		}
		if (!metadata.isObject()) {
			return SimulatorResponse.invalidRequest("Invalid type for 'metadata': expected an object.", "metadata");
		}
		if (metadata.size() > MAX_METADATA_PAIRS) {
			return SimulatorResponse
				.invalidRequest(
						"Invalid 'metadata': too many properties. Expected an object " + "with at most "
								+ MAX_METADATA_PAIRS + " properties, but got " + metadata.size() + " instead.",
						"metadata");
		}
		return null;
	}

	private Conversation conversation(Call call) {
		return this.conversations.get(call.variable("conversation_id"));
	}

	private static SimulatorResponse itemNotFound(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "Item with id '" + id + "' not found.", null,
				null);
	}

	private static final class Conversation {

		private final String id;

		private final long createdAt;

		private volatile Map<String, String> metadata;

		private final List<JsonNode> items = new ArrayList<>();

		Conversation(String id, long createdAt, Map<String, String> metadata) {
			this.id = id;
			this.createdAt = createdAt;
			this.metadata = metadata;
		}

		synchronized void add(List<JsonNode> added) {
			this.items.addAll(added);
		}

		synchronized List<JsonNode> items() {
			return List.copyOf(this.items);
		}

		synchronized @Nullable JsonNode item(String itemId) {
			return this.items.stream()
				.filter((item) -> itemId.equals(item.path("id").asString()))
				.findFirst()
				.orElse(null);
		}

		synchronized boolean remove(String itemId) {
			return this.items.removeIf((item) -> itemId.equals(item.path("id").asString()));
		}

		Map<String, @Nullable Object> json() {
			return JsonObjects.object("id", this.id, "object", "conversation", "created_at", this.createdAt, "metadata",
					this.metadata);
		}

	}

}
