// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.assistants.AssistantsService;
import dev.reactiveai.openai.audio.AudioService;
import dev.reactiveai.openai.batches.BatchesService;
import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.chatkit.ChatkitService;
import dev.reactiveai.openai.completions.CompletionsService;
import dev.reactiveai.openai.containers.ContainersService;
import dev.reactiveai.openai.conversations.ConversationsService;
import dev.reactiveai.openai.embeddings.EmbeddingsService;
import dev.reactiveai.openai.evals.EvalsService;
import dev.reactiveai.openai.files.FilesService;
import dev.reactiveai.openai.finetuning.FineTuningService;
import dev.reactiveai.openai.images.ImagesService;
import dev.reactiveai.openai.models.ModelsService;
import dev.reactiveai.openai.moderations.ModerationsService;
import dev.reactiveai.openai.organization.OrganizationService;
import dev.reactiveai.openai.projects.ProjectsService;
import dev.reactiveai.openai.realtime.RealtimeService;
import dev.reactiveai.openai.responses.ResponsesService;
import dev.reactiveai.openai.skills.SkillsService;
import dev.reactiveai.openai.threads.ThreadsService;
import dev.reactiveai.openai.uploads.UploadsService;
import dev.reactiveai.openai.vectorstores.VectorStoresService;
import dev.reactiveai.openai.videos.VideosService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bean per resource group of the OpenAI API, from the default client.
 */
@Configuration(proxyBeanMethods = false)
class OpenAiServiceBeans {

	@Bean
	@ConditionalOnMissingBean
	AssistantsService openAiAssistantsService(OpenAiClient client) {
		return client.assistants();
	}

	@Bean
	@ConditionalOnMissingBean
	AudioService openAiAudioService(OpenAiClient client) {
		return client.audio();
	}

	@Bean
	@ConditionalOnMissingBean
	BatchesService openAiBatchesService(OpenAiClient client) {
		return client.batches();
	}

	@Bean
	@ConditionalOnMissingBean
	ChatService openAiChatService(OpenAiClient client) {
		return client.chat();
	}

	@Bean
	@ConditionalOnMissingBean
	ChatkitService openAiChatkitService(OpenAiClient client) {
		return client.chatkit();
	}

	@Bean
	@ConditionalOnMissingBean
	CompletionsService openAiCompletionsService(OpenAiClient client) {
		return client.completions();
	}

	@Bean
	@ConditionalOnMissingBean
	ContainersService openAiContainersService(OpenAiClient client) {
		return client.containers();
	}

	@Bean
	@ConditionalOnMissingBean
	ConversationsService openAiConversationsService(OpenAiClient client) {
		return client.conversations();
	}

	@Bean
	@ConditionalOnMissingBean
	EmbeddingsService openAiEmbeddingsService(OpenAiClient client) {
		return client.embeddings();
	}

	@Bean
	@ConditionalOnMissingBean
	EvalsService openAiEvalsService(OpenAiClient client) {
		return client.evals();
	}

	@Bean
	@ConditionalOnMissingBean
	FilesService openAiFilesService(OpenAiClient client) {
		return client.files();
	}

	@Bean
	@ConditionalOnMissingBean
	FineTuningService openAiFineTuningService(OpenAiClient client) {
		return client.fineTuning();
	}

	@Bean
	@ConditionalOnMissingBean
	ImagesService openAiImagesService(OpenAiClient client) {
		return client.images();
	}

	@Bean
	@ConditionalOnMissingBean
	ModelsService openAiModelsService(OpenAiClient client) {
		return client.models();
	}

	@Bean
	@ConditionalOnMissingBean
	ModerationsService openAiModerationsService(OpenAiClient client) {
		return client.moderations();
	}

	@Bean
	@ConditionalOnMissingBean
	OrganizationService openAiOrganizationService(OpenAiClient client) {
		return client.organization();
	}

	@Bean
	@ConditionalOnMissingBean
	ProjectsService openAiProjectsService(OpenAiClient client) {
		return client.projects();
	}

	@Bean
	@ConditionalOnMissingBean
	RealtimeService openAiRealtimeService(OpenAiClient client) {
		return client.realtime();
	}

	@Bean
	@ConditionalOnMissingBean
	ResponsesService openAiResponsesService(OpenAiClient client) {
		return client.responses();
	}

	@Bean
	@ConditionalOnMissingBean
	SkillsService openAiSkillsService(OpenAiClient client) {
		return client.skills();
	}

	@Bean
	@ConditionalOnMissingBean
	ThreadsService openAiThreadsService(OpenAiClient client) {
		return client.threads();
	}

	@Bean
	@ConditionalOnMissingBean
	UploadsService openAiUploadsService(OpenAiClient client) {
		return client.uploads();
	}

	@Bean
	@ConditionalOnMissingBean
	VectorStoresService openAiVectorStoresService(OpenAiClient client) {
		return client.vectorStores();
	}

	@Bean
	@ConditionalOnMissingBean
	VideosService openAiVideosService(OpenAiClient client) {
		return client.videos();
	}

}
