// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The results of a web search tool call. See the
 * <a href="https://platform.openai.com/docs/guides/tools-web-search">web search guide</a>
 * for more information.
 *
 * @param id The unique ID of the web search tool call.
 * @param type The type of the web search tool call. Always {@code web_search_call}.
 * @param status The status of the web search tool call.
 * @param action An object describing the specific action taken in this web search call.
 * Includes details on how the model used the web (search, open_page, find_in_page).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchToolCall.Reader.class)
public record WebSearchToolCall(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("status") WebSearchToolCall.Status status,
		@JsonProperty("action") WebSearchToolCall.Action action,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link WebSearchToolCall}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique ID of the web search tool call.
	 * @param type The type of the web search tool call.
	 * @param status The status of the web search tool call.
	 * @param action An object describing the specific action taken in this web search
	 * call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchToolCall}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * This item, which a next request's input takes as it is: a {@link WebSearchToolCall}
	 * is an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public WebSearchToolCall asInput() {
		return this;
	}

	/**
	 * The status of the web search tool call.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code searching}.
		 */
		public static final Status SEARCHING = new Status("searching");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "searching" -> SEARCHING;
				case "completed" -> COMPLETED;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "searching", "completed", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An object describing the specific action taken in this web search call. Includes
	 * details on how the model used the web (search, open_page, find_in_page).
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Action.Deserializer.class)
	public sealed interface Action
			permits WebSearchActionSearch, WebSearchActionOpenPage, WebSearchActionFind, Action.Unknown {

		/**
		 * A {@link Action} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Action, UnknownVariant {
		}

		/**
		 * Reads a {@link Action} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Action> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Action>variants(Unknown::new)
					.discriminator("type")
					.object(WebSearchActionSearch.class,
							VariantShape.declaring("type", "query", "queries", "sources")
								.requiring("type", "query")
								.values("type", "search"))
					.object(WebSearchActionOpenPage.class,
							VariantShape.declaring("type", "url").requiring("type").values("type", "open_page"))
					.object(WebSearchActionFind.class,
							VariantShape.declaring("type", "url", "pattern")
								.requiring("type", "url", "pattern")
								.values("type", "find_in_page")));
			}

		}

	}

	/**
	 * Builds a {@link WebSearchToolCall}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Status status;

		private @Nullable Action action;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "web_search_call";
		}

		private Builder(WebSearchToolCall source) {
			this.id = source.id();
			this.type = source.type();
			this.status = source.status();
			this.action = source.action();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the web search tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The status of the web search tool call.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the web search tool call.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * An object describing the specific action taken in this web search call.
		 * @param action the value (required)
		 * @return this builder
		 */
		public Builder action(@Nullable Action action) {
			this.action = action;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public WebSearchToolCall build() {
			return new WebSearchToolCall(Objects.requireNonNull(this.id, "'id' is required"), this.type,
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.action, "'action' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchToolCall} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchToolCall> {

		Reader() {
			super(WebSearchToolCall.class, "id", "type", "status", "action");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected WebSearchToolCall create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchToolCall((String) values[0], (String) values[1], (Status) values[2], (Action) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchToolCall} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchToolCall> {

		Writer() {
			super(WebSearchToolCall.class, "id", "type", "status", "action");
		}

		@Override
		protected @Nullable Object value(WebSearchToolCall record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.status();
				case 3 -> record.action();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchToolCall record) {
			return record.additionalProperties();
		}

	}
}
