package io.theneo.emulator.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate sends while {@link #during} runs (registered for every test in
 * application-test.properties; it records nothing otherwise). Test classes run one at a time, so what it records
 * belongs to the running test, background jobs aside.
 */
public final class SqlRecorder implements StatementInspector {

	private static final List<String> recorded = new CopyOnWriteArrayList<>();

	private static volatile boolean recording;

	@Override
	public String inspect(String sql) {
		if (recording) {
			recorded.add(sql);
		}
		return sql;
	}

	/** The statements Hibernate prepared while {@code action} ran, in order. */
	public static synchronized List<String> during(Runnable action) {
		recorded.clear();
		recording = true;
		try {
			action.run();
		}
		finally {
			recording = false;
		}
		return List.copyOf(recorded);
	}

}
