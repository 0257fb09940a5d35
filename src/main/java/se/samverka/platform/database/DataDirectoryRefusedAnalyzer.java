package se.samverka.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Samverka stops with the refusal's two sentences (Description, Action) and no stack trace. */
class DataDirectoryRefusedAnalyzer extends AbstractFailureAnalyzer<DataDirectoryRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
