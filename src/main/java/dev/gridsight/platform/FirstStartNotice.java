package dev.gridsight.platform;

import java.util.List;

/**
 * Lines a module wants shown once, beside the URL, when the server is ready (e.g. a demo
 * login).
 */
public interface FirstStartNotice {

	List<String> lines();

}
