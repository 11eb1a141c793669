// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
 * A value in one of the forms {@code object}, {@code object}, {@code object},
 * {@code object}, {@code object}, {@code object}, {@code object} or 3 more.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RunStreamEvent.Deserializer.class)
public sealed interface RunStreamEvent extends AssistantStreamEvent
		permits RunStreamEvent.ThreadRunCreated, RunStreamEvent.ThreadRunQueued, RunStreamEvent.ThreadRunInProgress,
		RunStreamEvent.ThreadRunRequiresAction, RunStreamEvent.ThreadRunCompleted, RunStreamEvent.ThreadRunIncomplete,
		RunStreamEvent.ThreadRunFailed, RunStreamEvent.ThreadRunCancelling, RunStreamEvent.ThreadRunCancelled,
		RunStreamEvent.ThreadRunExpired, RunStreamEvent.Unknown {

	/**
	 * Occurs when a new
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> is
	 * created.
	 *
	 * @param event Always {@code thread.run.created}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunCreated.Reader.class)
	record ThreadRunCreated(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunCreated}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.created}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunCreated}.
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
		 * Builds a {@link ThreadRunCreated}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.created";
			}

			private Builder(ThreadRunCreated source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunCreated build() {
				return new ThreadRunCreated(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunCreated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunCreated> {

			Reader() {
				super(ThreadRunCreated.class, "event", "data");
			}

			@Override
			protected ThreadRunCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunCreated((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunCreated} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunCreated> {

			Writer() {
				super(ThreadRunCreated.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunCreated record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> moves
	 * to a {@code queued} status.
	 *
	 * @param event Always {@code thread.run.queued}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunQueued.Reader.class)
	record ThreadRunQueued(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunQueued}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.queued}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunQueued {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunQueued}.
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
		 * Builds a {@link ThreadRunQueued}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.queued";
			}

			private Builder(ThreadRunQueued source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunQueued build() {
				return new ThreadRunQueued(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunQueued} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunQueued> {

			Reader() {
				super(ThreadRunQueued.class, "event", "data");
			}

			@Override
			protected ThreadRunQueued create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunQueued((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunQueued} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunQueued> {

			Writer() {
				super(ThreadRunQueued.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunQueued record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunQueued record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> moves
	 * to an {@code in_progress} status.
	 *
	 * @param event Always {@code thread.run.in_progress}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunInProgress.Reader.class)
	record ThreadRunInProgress(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunInProgress}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.in_progress}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunInProgress {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunInProgress}.
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
		 * Builds a {@link ThreadRunInProgress}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.in_progress";
			}

			private Builder(ThreadRunInProgress source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunInProgress build() {
				return new ThreadRunInProgress(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunInProgress} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunInProgress> {

			Reader() {
				super(ThreadRunInProgress.class, "event", "data");
			}

			@Override
			protected ThreadRunInProgress create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunInProgress((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunInProgress} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunInProgress> {

			Writer() {
				super(ThreadRunInProgress.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunInProgress record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunInProgress record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> moves
	 * to a {@code requires_action} status.
	 *
	 * @param event Always {@code thread.run.requires_action}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunRequiresAction.Reader.class)
	record ThreadRunRequiresAction(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunRequiresAction}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.requires_action}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunRequiresAction {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunRequiresAction}.
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
		 * Builds a {@link ThreadRunRequiresAction}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.requires_action";
			}

			private Builder(ThreadRunRequiresAction source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunRequiresAction build() {
				return new ThreadRunRequiresAction(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunRequiresAction} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunRequiresAction> {

			Reader() {
				super(ThreadRunRequiresAction.class, "event", "data");
			}

			@Override
			protected ThreadRunRequiresAction create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunRequiresAction((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunRequiresAction} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunRequiresAction> {

			Writer() {
				super(ThreadRunRequiresAction.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunRequiresAction record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunRequiresAction record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> is
	 * completed.
	 *
	 * @param event Always {@code thread.run.completed}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunCompleted.Reader.class)
	record ThreadRunCompleted(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunCompleted}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.completed}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunCompleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunCompleted}.
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
		 * Builds a {@link ThreadRunCompleted}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.completed";
			}

			private Builder(ThreadRunCompleted source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunCompleted build() {
				return new ThreadRunCompleted(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunCompleted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunCompleted> {

			Reader() {
				super(ThreadRunCompleted.class, "event", "data");
			}

			@Override
			protected ThreadRunCompleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunCompleted((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunCompleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunCompleted> {

			Writer() {
				super(ThreadRunCompleted.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunCompleted record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunCompleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> ends
	 * with status {@code incomplete}.
	 *
	 * @param event Always {@code thread.run.incomplete}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunIncomplete.Reader.class)
	record ThreadRunIncomplete(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunIncomplete}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.incomplete}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunIncomplete {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunIncomplete}.
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
		 * Builds a {@link ThreadRunIncomplete}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.incomplete";
			}

			private Builder(ThreadRunIncomplete source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunIncomplete build() {
				return new ThreadRunIncomplete(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunIncomplete} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunIncomplete> {

			Reader() {
				super(ThreadRunIncomplete.class, "event", "data");
			}

			@Override
			protected ThreadRunIncomplete create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunIncomplete((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunIncomplete} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunIncomplete> {

			Writer() {
				super(ThreadRunIncomplete.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunIncomplete record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunIncomplete record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> fails.
	 *
	 * @param event Always {@code thread.run.failed}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunFailed.Reader.class)
	record ThreadRunFailed(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunFailed}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.failed}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunFailed {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunFailed}.
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
		 * Builds a {@link ThreadRunFailed}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.failed";
			}

			private Builder(ThreadRunFailed source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunFailed build() {
				return new ThreadRunFailed(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunFailed} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunFailed> {

			Reader() {
				super(ThreadRunFailed.class, "event", "data");
			}

			@Override
			protected ThreadRunFailed create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunFailed((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunFailed} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunFailed> {

			Writer() {
				super(ThreadRunFailed.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunFailed record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunFailed record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> moves
	 * to a {@code cancelling} status.
	 *
	 * @param event Always {@code thread.run.cancelling}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunCancelling.Reader.class)
	record ThreadRunCancelling(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunCancelling}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.cancelling}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunCancelling {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunCancelling}.
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
		 * Builds a {@link ThreadRunCancelling}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.cancelling";
			}

			private Builder(ThreadRunCancelling source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunCancelling build() {
				return new ThreadRunCancelling(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunCancelling} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunCancelling> {

			Reader() {
				super(ThreadRunCancelling.class, "event", "data");
			}

			@Override
			protected ThreadRunCancelling create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunCancelling((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunCancelling} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunCancelling> {

			Writer() {
				super(ThreadRunCancelling.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunCancelling record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunCancelling record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a> is
	 * cancelled.
	 *
	 * @param event Always {@code thread.run.cancelled}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunCancelled.Reader.class)
	record ThreadRunCancelled(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunCancelled}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.cancelled}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunCancelled {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunCancelled}.
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
		 * Builds a {@link ThreadRunCancelled}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.cancelled";
			}

			private Builder(ThreadRunCancelled source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunCancelled build() {
				return new ThreadRunCancelled(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunCancelled} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunCancelled> {

			Reader() {
				super(ThreadRunCancelled.class, "event", "data");
			}

			@Override
			protected ThreadRunCancelled create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunCancelled((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunCancelled} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunCancelled> {

			Writer() {
				super(ThreadRunCancelled.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunCancelled record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunCancelled record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/runs/object">run</a>
	 * expires.
	 *
	 * @param event Always {@code thread.run.expired}.
	 * @param data Represents an execution run on a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunExpired.Reader.class)
	record ThreadRunExpired(@JsonProperty("event") String event, @JsonProperty("data") Run data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStreamEvent {

		/**
		 * Creates a {@link ThreadRunExpired}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.expired}.
		 * @param data Represents an execution run on a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunExpired {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunExpired}.
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
		 * Builds a {@link ThreadRunExpired}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable Run data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.expired";
			}

			private Builder(ThreadRunExpired source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents an execution run on a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable Run data) {
				this.data = data;
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
			public ThreadRunExpired build() {
				return new ThreadRunExpired(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunExpired} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunExpired> {

			Reader() {
				super(ThreadRunExpired.class, "event", "data");
			}

			@Override
			protected ThreadRunExpired create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunExpired((String) values[0], (Run) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunExpired} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunExpired> {

			Writer() {
				super(ThreadRunExpired.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunExpired record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunExpired record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link RunStreamEvent} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RunStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link RunStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RunStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RunStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.object(ThreadRunCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.created"))
				.object(ThreadRunQueued.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.queued"))
				.object(ThreadRunInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.in_progress"))
				.object(ThreadRunRequiresAction.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.requires_action"))
				.object(ThreadRunCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.completed"))
				.object(ThreadRunIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.incomplete"))
				.object(ThreadRunFailed.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.failed"))
				.object(ThreadRunCancelling.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelling"))
				.object(ThreadRunCancelled.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.cancelled"))
				.object(ThreadRunExpired.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.expired")));
		}

	}

}
