package dev.reactiveai.openai.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation the client makes of every call, and the keys it carries. Names follow
 * the OpenTelemetry semantic conventions for generative AI clients, version 1.41.0
 * ({@code gen_ai.*}, {@code server.*}, {@code error.type}); what the conventions do not
 * cover is under {@code openai.*}.
 */
public enum OpenAiObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical call of an OpenAI operation: from the request until the whole answer
	 * (the last event of a stream) was read, retries included.
	 */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultOpenAiObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	};

	/**
	 * Keys with a bounded set of values, fit to tag metrics.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * What kind of operation: {@code chat}, {@code text_completion},
		 * {@code embeddings}, or the OpenAI operation id where the conventions name none.
		 */
		OPERATION_NAME {
			@Override
			public String asString() {
				return "gen_ai.operation.name";
			}
		},

		/**
		 * Who provides the model: always {@code openai}.
		 */
		PROVIDER_NAME {
			@Override
			public String asString() {
				return "gen_ai.provider.name";
			}
		},

		/**
		 * The model the request asked for, or {@code none}.
		 */
		REQUEST_MODEL {
			@Override
			public String asString() {
				return "gen_ai.request.model";
			}
		},

		/**
		 * The model that answered, or {@code none}.
		 */
		RESPONSE_MODEL {
			@Override
			public String asString() {
				return "gen_ai.response.model";
			}
		},

		/**
		 * The host of the base URL.
		 */
		SERVER_ADDRESS {
			@Override
			public String asString() {
				return "server.address";
			}
		},

		/**
		 * The port of the base URL.
		 */
		SERVER_PORT {
			@Override
			public String asString() {
				return "server.port";
			}
		},

		/**
		 * The simple name of the exception that failed the call, or {@code none}.
		 */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		},

		/**
		 * The OpenAI operation id, such as {@code createChatCompletion}.
		 */
		OPERATION_ID {
			@Override
			public String asString() {
				return "openai.operation.id";
			}
		},

		/**
		 * The name of the client that made the call ({@code default} or a named
		 * client's).
		 */
		CLIENT_NAME {
			@Override
			public String asString() {
				return "openai.client.name";
			}
		},

		/**
		 * How the call ended: {@code success}, {@code error}, or {@code cancelled} when
		 * its subscriber stopped listening first.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "openai.outcome";
			}
		}

	}

	/**
	 * Keys whose values vary per call: on spans, never on metrics.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The id of the answer ({@code chatcmpl-...}, {@code resp_...}).
		 */
		RESPONSE_ID {
			@Override
			public String asString() {
				return "gen_ai.response.id";
			}
		},

		/**
		 * The finish reason of each choice, comma-separated.
		 */
		RESPONSE_FINISH_REASONS {
			@Override
			public String asString() {
				return "gen_ai.response.finish_reasons";
			}
		},

		/**
		 * Tokens in the prompt, as the answer's usage reports them.
		 */
		USAGE_INPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.input_tokens";
			}
		},

		/**
		 * Tokens in the answer, as its usage reports them.
		 */
		USAGE_OUTPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.output_tokens";
			}
		},

		/**
		 * The {@code x-request-id} the server gave the last attempt.
		 */
		REQUEST_ID {
			@Override
			public String asString() {
				return "openai.request.id";
			}
		}

	}

	/**
	 * What happens during a call.
	 */
	public enum Events implements Observation.Event {

		/**
		 * An attempt failed and the call tries again.
		 */
		RETRY {
			@Override
			public String getName() {
				return "retry";
			}
		},

		/**
		 * A stream delivered its first element.
		 */
		FIRST_CHUNK {
			@Override
			public String getName() {
				return "first_chunk";
			}
		},

		/**
		 * What the request asked the model (messages, input or prompt, as JSON), as the
		 * event's contextual name. Recorded only when content recording is on: it is user
		 * data.
		 */
		PROMPT {
			@Override
			public String getName() {
				return "gen_ai.content.prompt";
			}
		},

		/**
		 * The text the model answered, a stream's deltas joined, as the event's
		 * contextual name. Recorded only when content recording is on: it is user data.
		 */
		COMPLETION {
			@Override
			public String getName() {
				return "gen_ai.content.completion";
			}
		}

	}

}
