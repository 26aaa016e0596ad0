select 4*9 as question;
select 4*9 as question, '©' as text;
