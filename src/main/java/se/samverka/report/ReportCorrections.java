package se.samverka.report;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Every adopted report's corrections. */
interface ReportCorrections extends ListCrudRepository<ReportCorrection, Long> {

    List<ReportCorrection> findByReportIdOrderByIdAsc(long reportId);
}
