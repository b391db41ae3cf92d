import { graphql } from '../../generated';

export const FiguresQuery = graphql(`
  query Figures($scope: FiguresScope!, $period: String, $region: String, $category: String) {
    figures(scope: $scope, period: $period, region: $region, category: $category) {
      scope
      period
      region
      category
      periods
      regions
      minimumCount
      medianAnswerHours
      tables {
        name
        rowKind
        columns
        rows {
          key
          label
          values
        }
        total {
          key
          values
        }
      }
    }
  }
`);
