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
 * {@code object}, {@code object}, {@code object} or {@code object}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RunStepStreamEvent.Deserializer.class)
public sealed interface RunStepStreamEvent extends AssistantStreamEvent permits RunStepStreamEvent.ThreadRunStepCreated,
		RunStepStreamEvent.ThreadRunStepInProgress, RunStepStreamEvent.ThreadRunStepDelta,
		RunStepStreamEvent.ThreadRunStepCompleted, RunStepStreamEvent.ThreadRunStepFailed,
		RunStepStreamEvent.ThreadRunStepCancelled, RunStepStreamEvent.ThreadRunStepExpired, RunStepStreamEvent.Unknown {

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> is created.
	 *
	 * @param event Always {@code thread.run.step.created}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepCreated.Reader.class)
	record ThreadRunStepCreated(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepCreated}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.created}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepCreated}.
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
		 * Builds a {@link ThreadRunStepCreated}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.created";
			}

			private Builder(ThreadRunStepCreated source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepCreated build() {
				return new ThreadRunStepCreated(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepCreated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepCreated> {

			Reader() {
				super(ThreadRunStepCreated.class, "event", "data");
			}

			@Override
			protected ThreadRunStepCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepCreated((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepCreated> {

			Writer() {
				super(ThreadRunStepCreated.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepCreated record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> moves to an {@code in_progress} state.
	 *
	 * @param event Always {@code thread.run.step.in_progress}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepInProgress.Reader.class)
	record ThreadRunStepInProgress(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepInProgress}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.in_progress}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepInProgress {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepInProgress}.
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
		 * Builds a {@link ThreadRunStepInProgress}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.in_progress";
			}

			private Builder(ThreadRunStepInProgress source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepInProgress build() {
				return new ThreadRunStepInProgress(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepInProgress} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepInProgress> {

			Reader() {
				super(ThreadRunStepInProgress.class, "event", "data");
			}

			@Override
			protected ThreadRunStepInProgress create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepInProgress((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepInProgress} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepInProgress> {

			Writer() {
				super(ThreadRunStepInProgress.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepInProgress record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepInProgress record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when parts of a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> are being streamed.
	 *
	 * @param event Always {@code thread.run.step.delta}.
	 * @param data Represents a run step delta i.e. any changed fields on a run step
	 * during streaming.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepDelta.Reader.class)
	record ThreadRunStepDelta(@JsonProperty("event") String event, @JsonProperty("data") RunStepDelta data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepDelta}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.delta}.
		 * @param data Represents a run step delta i.e. any changed fields on a run step
		 * during streaming.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepDelta {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepDelta}.
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
		 * Builds a {@link ThreadRunStepDelta}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStepDelta data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.delta";
			}

			private Builder(ThreadRunStepDelta source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a run step delta i.e. any changed fields on a run step during
			 * streaming.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStepDelta data) {
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
			public ThreadRunStepDelta build() {
				return new ThreadRunStepDelta(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepDelta} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepDelta> {

			Reader() {
				super(ThreadRunStepDelta.class, "event", "data");
			}

			@Override
			protected ThreadRunStepDelta create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepDelta((String) values[0], (RunStepDelta) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepDelta} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepDelta> {

			Writer() {
				super(ThreadRunStepDelta.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepDelta record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepDelta record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> is completed.
	 *
	 * @param event Always {@code thread.run.step.completed}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepCompleted.Reader.class)
	record ThreadRunStepCompleted(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepCompleted}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.completed}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepCompleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepCompleted}.
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
		 * Builds a {@link ThreadRunStepCompleted}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.completed";
			}

			private Builder(ThreadRunStepCompleted source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepCompleted build() {
				return new ThreadRunStepCompleted(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepCompleted} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepCompleted> {

			Reader() {
				super(ThreadRunStepCompleted.class, "event", "data");
			}

			@Override
			protected ThreadRunStepCompleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepCompleted((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepCompleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepCompleted> {

			Writer() {
				super(ThreadRunStepCompleted.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepCompleted record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepCompleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> fails.
	 *
	 * @param event Always {@code thread.run.step.failed}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepFailed.Reader.class)
	record ThreadRunStepFailed(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepFailed}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.failed}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepFailed {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepFailed}.
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
		 * Builds a {@link ThreadRunStepFailed}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.failed";
			}

			private Builder(ThreadRunStepFailed source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepFailed build() {
				return new ThreadRunStepFailed(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepFailed} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepFailed> {

			Reader() {
				super(ThreadRunStepFailed.class, "event", "data");
			}

			@Override
			protected ThreadRunStepFailed create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepFailed((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepFailed} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepFailed> {

			Writer() {
				super(ThreadRunStepFailed.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepFailed record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepFailed record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> is cancelled.
	 *
	 * @param event Always {@code thread.run.step.cancelled}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepCancelled.Reader.class)
	record ThreadRunStepCancelled(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepCancelled}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.cancelled}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepCancelled {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepCancelled}.
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
		 * Builds a {@link ThreadRunStepCancelled}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.cancelled";
			}

			private Builder(ThreadRunStepCancelled source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepCancelled build() {
				return new ThreadRunStepCancelled(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepCancelled} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepCancelled> {

			Reader() {
				super(ThreadRunStepCancelled.class, "event", "data");
			}

			@Override
			protected ThreadRunStepCancelled create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepCancelled((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepCancelled} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepCancelled> {

			Writer() {
				super(ThreadRunStepCancelled.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepCancelled record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepCancelled record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a
	 * <a href="https://platform.openai.com/docs/api-reference/run-steps/step-object">run
	 * step</a> expires.
	 *
	 * @param event Always {@code thread.run.step.expired}.
	 * @param data Represents a step in execution of a run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadRunStepExpired.Reader.class)
	record ThreadRunStepExpired(@JsonProperty("event") String event, @JsonProperty("data") RunStep data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStepStreamEvent {

		/**
		 * Creates a {@link ThreadRunStepExpired}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.run.step.expired}.
		 * @param data Represents a step in execution of a run.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadRunStepExpired {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadRunStepExpired}.
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
		 * Builds a {@link ThreadRunStepExpired}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable RunStep data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.run.step.expired";
			}

			private Builder(ThreadRunStepExpired source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a step in execution of a run.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable RunStep data) {
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
			public ThreadRunStepExpired build() {
				return new ThreadRunStepExpired(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadRunStepExpired} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadRunStepExpired> {

			Reader() {
				super(ThreadRunStepExpired.class, "event", "data");
			}

			@Override
			protected ThreadRunStepExpired create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadRunStepExpired((String) values[0], (RunStep) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadRunStepExpired} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadRunStepExpired> {

			Writer() {
				super(ThreadRunStepExpired.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadRunStepExpired record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadRunStepExpired record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link RunStepStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RunStepStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link RunStepStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RunStepStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RunStepStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.object(ThreadRunStepCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.created"))
				.object(ThreadRunStepInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.in_progress"))
				.object(ThreadRunStepDelta.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.delta"))
				.object(ThreadRunStepCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.completed"))
				.object(ThreadRunStepFailed.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.failed"))
				.object(ThreadRunStepCancelled.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.cancelled"))
				.object(ThreadRunStepExpired.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.run.step.expired")));
		}

	}

}
