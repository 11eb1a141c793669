package dev.reactiveai.openai.core.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpClientCodec;
import reactor.netty.NettyPipeline;

/**
 * Puts an {@link ExchangeGuard} on a TLS connection once ALPN chose HTTP/1.1, and none
 * once it chose HTTP/2.
 * <p>
 * When a client offers both protocols, the HTTP codec is not in the pipeline when the
 * connection is initialized: Reactor Netty adds the one the server picked when the TLS
 * handshake completes, and only then passes on that the connection is active. This
 * handler, placed after Reactor Netty's, sees that, and before any request is written.
 * HTTP/2 needs no guard: every frame carries the id of its stream, so an answer can only
 * reach the call whose stream it belongs to, and a frame for a stream that is not open is
 * a protocol error that Netty's HTTP/2 codec handles (a reset, or the connection closed
 * with {@code GOAWAY}).
 */
final class NegotiatedExchangeGuard extends ChannelInboundHandlerAdapter {

	/** The name of the handler in the pipeline. */
	static final String NAME = "openaiNegotiatedExchangeGuard";

	private final ServerFraming framing;

	private NegotiatedExchangeGuard(ServerFraming framing) {
		this.framing = framing;
	}

	/**
	 * Put the guard on a connection now if it speaks HTTP/1.1 from the start, or once
	 * ALPN chose the protocol.
	 * @param channel the connection
	 * @param framing what the client has seen of its server's framing
	 */
	static void install(Channel channel, ServerFraming framing) {
		if (channel.pipeline().get(NettyPipeline.ReactiveBridge) == null) {
			return;
		}
		if (speaksHttp11(channel.pipeline())) {
			channel.pipeline().addBefore(NettyPipeline.ReactiveBridge, ExchangeGuard.NAME, new ExchangeGuard(framing));
		}
		else if (channel.pipeline().get(NettyPipeline.H2OrHttp11Codec) != null) {
			channel.pipeline().addBefore(NettyPipeline.ReactiveBridge, NAME, new NegotiatedExchangeGuard(framing));
		}
	}

	/**
	 * Whether the connection's codec is HTTP/1.1's: Reactor Netty gives HTTP/2's frame
	 * codec the same name.
	 */
	private static boolean speaksHttp11(ChannelPipeline pipeline) {
		return pipeline.get(NettyPipeline.HttpCodec) instanceof HttpClientCodec;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		// Over TLS the connection becomes active once the handshake is done, and Reactor
		// Netty's codec, before this handler, has then put the chosen protocol's codec in
		// place.
		if (speaksHttp11(ctx.pipeline()) && ctx.pipeline().get(ExchangeGuard.NAME) == null) {
			ctx.pipeline().addBefore(NettyPipeline.ReactiveBridge, ExchangeGuard.NAME, new ExchangeGuard(this.framing));
		}
		else {
			// HTTP/2 connections have no ExchangeGuard to make their event loop known.
			CallTimers.register(ctx.executor());
		}
		ctx.pipeline().remove(this);
		super.channelActive(ctx);
	}

}
