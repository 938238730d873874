import { classifyPair } from '../../../shared/matching/evaluate';

describe('classifyPair', () => {
  it('classifies headline pairs written by the team', () => {
    // Prepare
    const pairs: [string, string, string | null][] = [
      ['البنك المركزي يخفض أسعار الفائدة مع تراجع التضخم', 'تراجع التضخم يدفع البنك المركزي إلى خفض أسعار الفائدة', 'agreement'],
      ['ارتفاع أسعار الذهب مع ضعف الدولار', 'انخفاض أسعار الذهب مع ضعف الدولار', 'negation'],
      ['مقتل 12 شخصا في انهيار مبنى بالعاصمة', 'مقتل ١٥ شخصا في انهيار مبنى بالعاصمة', 'number'],
      ['قفزة في صادرات الغاز من الجزائر', 'قفزة في صادرات الغاز من قطر', 'entity'],
      ['البرلمان يقر قانون الموازنة الجديد', 'فرقة موسيقية تحيي حفلا في الساحل', null],
    ];
    // Act
    const kinds = pairs.map(([a, b]) => classifyPair(a, b));
    // Assess
    expect(kinds).toEqual(pairs.map(([, , kind]) => kind));
  });
});
