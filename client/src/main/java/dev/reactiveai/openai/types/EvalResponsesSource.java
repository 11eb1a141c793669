// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A EvalResponsesSource object describing a run data source configuration.
 *
 * @param type The type of run data source. Always {@code responses}.
 * @param metadata Metadata filter for the responses. This is a query parameter used to
 * select responses.
 * @param model The name of the model to find responses for. This is a query parameter
 * used to select responses.
 * @param instructionsSearch Optional string to search the 'instructions' field. This is a
 * query parameter used to select responses.
 * @param createdAfter Only include items created after this timestamp (inclusive). This
 * is a query parameter used to select responses.
 * @param createdBefore Only include items created before this timestamp (inclusive). This
 * is a query parameter used to select responses.
 * @param reasoningEffort Constrains effort on reasoning for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * Currently supported values are {@code none}, {@code minimal}, {@code low},
 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can result
 * in faster responses and fewer tokens used on reasoning in a response.
 * <ul>
 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values in
 * gpt-5.1.</li>
 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort, and
 * do not support {@code none}.</li>
 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high} reasoning
 * effort.</li>
 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
 * </ul>
 * @param temperature Sampling temperature. This is a query parameter used to select
 * responses.
 * @param topP Nucleus sampling parameter. This is a query parameter used to select
 * responses.
 * @param users List of user identifiers. This is a query parameter used to select
 * responses.
 * @param tools List of tool names. This is a query parameter used to select responses.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalResponsesSource.Reader.class)
public record EvalResponsesSource(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, Object> metadata, @JsonProperty("model") @Nullable String model,
		@JsonProperty("instructions_search") @Nullable String instructionsSearch,
		@JsonProperty("created_after") @Nullable Long createdAfter,
		@JsonProperty("created_before") @Nullable Long createdBefore,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("users") @Nullable List<String> users, @JsonProperty("tools") @Nullable List<String> tools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalResponsesRunDataSource.Source {

	/**
	 * Creates a {@link EvalResponsesSource}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of run data source.
	 * @param metadata Metadata filter for the responses.
	 * @param model The name of the model to find responses for.
	 * @param instructionsSearch Optional string to search the 'instructions' field.
	 * @param createdAfter Only include items created after this timestamp (inclusive).
	 * @param createdBefore Only include items created before this timestamp (inclusive).
	 * @param reasoningEffort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * @param temperature Sampling temperature.
	 * @param topP Nucleus sampling parameter.
	 * @param users List of user identifiers.
	 * @param tools List of tool names.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalResponsesSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalResponsesSource}.
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
	 * Builds a {@link EvalResponsesSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> metadata;

		private @Nullable String model;

		private @Nullable String instructionsSearch;

		private @Nullable Long createdAfter;

		private @Nullable Long createdBefore;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable List<String> users;

		private @Nullable List<String> tools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "responses";
		}

		private Builder(EvalResponsesSource source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.model = source.model();
			this.instructionsSearch = source.instructionsSearch();
			this.createdAfter = source.createdAfter();
			this.createdBefore = source.createdBefore();
			this.reasoningEffort = source.reasoningEffort();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.users = (source.users() != null) ? new ArrayList<>(source.users()) : null;
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Metadata filter for the responses.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, ?> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Metadata filter for the responses.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * The name of the model to find responses for.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Optional string to search the 'instructions' field.
		 * @param instructionsSearch the value
		 * @return this builder
		 */
		public Builder instructionsSearch(@Nullable String instructionsSearch) {
			this.instructionsSearch = instructionsSearch;
			return this;
		}

		/**
		 * Only include items created after this timestamp (inclusive).
		 * @param createdAfter the value
		 * @return this builder
		 */
		public Builder createdAfter(@Nullable Long createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		/**
		 * Only include items created before this timestamp (inclusive).
		 * @param createdBefore the value
		 * @return this builder
		 */
		public Builder createdBefore(@Nullable Long createdBefore) {
			this.createdBefore = createdBefore;
			return this;
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * Sampling temperature.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Nucleus sampling parameter.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * List of user identifiers.
		 * <p>
		 * Takes a copy of the list.
		 * @param users the value
		 * @return this builder
		 */
		public Builder users(@Nullable List<String> users) {
			this.users = (users != null) ? new ArrayList<>(users) : null;
			return this;
		}

		/**
		 * List of user identifiers.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param user the item to add
		 * @return this builder
		 */
		public Builder addUser(String user) {
			Objects.requireNonNull(user, "'user' must not be null");
			if (this.users == null) {
				this.users = new ArrayList<>();
			}
			this.users.add(user);
			return this;
		}

		/**
		 * List of tool names.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<String> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * List of tool names.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(String tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
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
		public EvalResponsesSource build() {
			return new EvalResponsesSource(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.model, this.instructionsSearch, this.createdAfter, this.createdBefore, this.reasoningEffort,
					this.temperature, this.topP,
					(this.users != null) ? Collections.unmodifiableList(new ArrayList<>(this.users)) : null,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalResponsesSource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalResponsesSource> {

		Reader() {
			super(EvalResponsesSource.class, "type", "metadata", "model", "instructions_search", "created_after",
					"created_before", "reasoning_effort", "temperature", "top_p", "users", "tools");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> ReasoningEffort.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalResponsesSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalResponsesSource((String) values[0], (Map<String, Object>) values[1], (String) values[2],
					(String) values[3], (Long) values[4], (Long) values[5], (ReasoningEffort) values[6],
					(Double) values[7], (Double) values[8], (List<String>) values[9], (List<String>) values[10],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalResponsesSource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalResponsesSource> {

		Writer() {
			super(EvalResponsesSource.class, "type", "metadata", "model", "instructions_search", "created_after",
					"created_before", "reasoning_effort", "temperature", "top_p", "users", "tools");
		}

		@Override
		protected @Nullable Object value(EvalResponsesSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				case 2 -> record.model();
				case 3 -> record.instructionsSearch();
				case 4 -> record.createdAfter();
				case 5 -> record.createdBefore();
				case 6 -> record.reasoningEffort();
				case 7 -> record.temperature();
				case 8 -> record.topP();
				case 9 -> record.users();
				case 10 -> record.tools();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalResponsesSource record) {
			return record.additionalProperties();
		}

	}
}
