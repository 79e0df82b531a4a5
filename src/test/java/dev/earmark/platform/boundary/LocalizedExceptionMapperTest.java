package dev.earmark.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.platform.control.AlreadyTakenException;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.NoSuchEntityException;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.RejectedContentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalizedExceptionMapperTest {

    @Test
    void eachKindOfFailureAnswersWithItsStatus() {
        List<LocalizedException> failures = List.of(
                new NoSuchEntityException("error.show.notFound", "gone") { },
                new ConcurrentChangeException("error.concurrentChange"),
                new AlreadyTakenException("catalogue.error.slugTaken", "taken"),
                new InvalidParameterException("error.parameter.id", "x"),
                new NotPermittedException("catalogue.error.showsAdminOnly"),
                new RejectedContentException(true, "media.error.tooLarge", 5.0) { },
                new RejectedContentException(false, "media.error.type") { });

        assertEquals(List.of(404, 409, 409, 400, 403, 413, 415), failures.stream()
                .map(failure -> LocalizedExceptionMapper.statusOf(failure.kind()).getStatusCode())
                .toList());
    }
}
