package dev.reactiveai.openai.samples.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample, under {@code sample} in {@code application.yml}.
 *
 * @param chatModel the model that answers the chat
 * @param embeddingModel the model that embeds the documents and the queries
 * @param systemPrompt the instructions sent first in every chat request
 * @param maxTurns how many recent turns (a question and its answer) a conversation keeps
 * and sends with the next question
 * @param maxConversations how many conversations the server keeps; the least recently
 * used is forgotten first
 */
@ConfigurationProperties("sample")
public record ChatSampleProperties(String chatModel, String embeddingModel, String systemPrompt, int maxTurns,
		int maxConversations) {

}
