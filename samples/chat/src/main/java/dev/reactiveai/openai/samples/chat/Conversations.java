package dev.reactiveai.openai.samples.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The conversations, kept in memory and bounded: at most
 * {@link ChatSampleProperties#maxConversations()} of them (the least recently used is
 * forgotten first), each with its {@link ChatSampleProperties#maxTurns()} most recent
 * turns.
 */
@Component
class Conversations {

	private final int maxTurns;

	private final Map<String, Conversation> conversations;

	Conversations(ChatSampleProperties properties) {
		this.maxTurns = properties.maxTurns();
		int maxConversations = properties.maxConversations();
		// In access order, so that the eldest entry is the least recently used.
		this.conversations = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
				return size() > maxConversations;
			}

		};
	}

	synchronized Conversation start() {
		Conversation conversation = new Conversation(UUID.randomUUID().toString(), this.maxTurns);
		this.conversations.put(conversation.id(), conversation);
		return conversation;
	}

	synchronized @Nullable Conversation find(String id) {
		return this.conversations.get(id);
	}

	/**
	 * A question and its answer.
	 *
	 * @param question what the person asked
	 * @param answer what the model answered
	 */
	record Turn(String question, String answer) {

	}

	/**
	 * One conversation: its most recent turns, oldest first.
	 */
	static final class Conversation {

		private final String id;

		private final int maxTurns;

		private final Deque<Turn> turns = new ArrayDeque<>();

		Conversation(String id, int maxTurns) {
			this.id = id;
			this.maxTurns = maxTurns;
		}

		String id() {
			return this.id;
		}

		synchronized List<Turn> turns() {
			return List.copyOf(this.turns);
		}

		synchronized void add(Turn turn) {
			this.turns.addLast(turn);
			while (this.turns.size() > this.maxTurns) {
				this.turns.removeFirst();
			}
		}

	}

}
