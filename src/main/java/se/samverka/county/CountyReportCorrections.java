package se.samverka.county;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Every adopted follow-up report's corrections. */
interface CountyReportCorrections extends ListCrudRepository<CountyReportCorrection, Long> {

    List<CountyReportCorrection> findByReportIdOrderByIdAsc(long reportId);
}
