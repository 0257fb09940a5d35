package se.samverka.economy;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface CostItems extends ListCrudRepository<CostItem, Long> {

    List<CostItem> findByCentreIdAndYearOrderByPeriodAscIdAsc(long centreId, int year);

    List<CostItem> findByCentreIdAndYearAndPeriodOrderById(long centreId, int year, String period);

    long countByCentreIdAndYear(long centreId, int year);
}
